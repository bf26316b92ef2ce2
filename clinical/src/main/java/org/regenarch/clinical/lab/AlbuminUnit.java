package org.regenarch.clinical.lab;

import org.regenarch.clinical.ClinicalValidationException;

/** Units in which serum albumin is reported. */
public enum AlbuminUnit {
  G_PER_DL("g/dL"),
  G_PER_L("g/L");

  private final String label;

  AlbuminUnit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts "g/dL", "g/L", "g_dl", "g_l" (case-insensitive). */
  public static AlbuminUnit parse(String text) {
    return switch (UnitText.normalize(text)) {
      case "g/dl" -> G_PER_DL;
      case "g/l" -> G_PER_L;
      default -> throw new ClinicalValidationException(
          "albumin unit '" + text + "' is unknown: expected g/dL or g/L");
    };
  }
}
