package org.regenarch.clinical.patient;

import org.regenarch.clinical.ClinicalValidationException;

/** Ascites grading of Child-Pugh (SCORES.md table): 1, 2 or 3 points. */
public enum Ascites {
  NONE("none", 1),
  /** Mild, or controlled by diuretics. */
  MILD("mild", 2),
  /** Moderate or worse despite diuretics. */
  MODERATE_SEVERE("moderate-severe", 3);

  private final String label;
  private final int childPughPoints;

  Ascites(String label, int childPughPoints) {
    this.label = label;
    this.childPughPoints = childPughPoints;
  }

  public String label() {
    return label;
  }

  public int childPughPoints() {
    return childPughPoints;
  }

  /** Accepts none/absent, mild/slight/controlled, moderate-severe/moderate/severe/tense. */
  public static Ascites parse(String text) {
    return switch (Categories.normalize(text)) {
      case "none", "absent", "no" -> NONE;
      case "mild", "slight", "controlled" -> MILD;
      case "moderatesevere", "moderate", "severe", "moderatetosevere", "tense" -> MODERATE_SEVERE;
      default -> throw new ClinicalValidationException(
          "ascites = '" + text + "' is unknown: expected none, mild or moderate-severe");
    };
  }
}
