package org.regenarch.clinical.patient;

import java.util.Locale;
import org.regenarch.clinical.ClinicalValidationException;

/** Sex as used by MELD 3.0 (the female term). */
public enum Sex {
  FEMALE("female"),
  MALE("male");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts female/f/woman and male/m/man (case-insensitive). */
  public static Sex parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "female", "f", "woman" -> FEMALE;
      case "male", "m", "man" -> MALE;
      default -> throw new ClinicalValidationException(
          "sex = '" + text + "' is unknown: expected female or male");
    };
  }
}
