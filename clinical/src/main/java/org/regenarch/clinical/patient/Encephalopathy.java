package org.regenarch.clinical.patient;

import org.regenarch.clinical.ClinicalValidationException;

/** Hepatic encephalopathy grading of Child-Pugh (SCORES.md table): 1, 2 or 3 points. */
public enum Encephalopathy {
  NONE("none", 1),
  GRADE_1_2("grade-1-2", 2),
  GRADE_3_4("grade-3-4", 3);

  private final String label;
  private final int childPughPoints;

  Encephalopathy(String label, int childPughPoints) {
    this.label = label;
    this.childPughPoints = childPughPoints;
  }

  public String label() {
    return label;
  }

  public int childPughPoints() {
    return childPughPoints;
  }

  /** Accepts none/absent, grade-1-2 (grade1-2, 1-2, grade 1, grade 2), grade-3-4 likewise. */
  public static Encephalopathy parse(String text) {
    return switch (Categories.normalize(text)) {
      case "none", "absent", "no", "0", "grade0" -> NONE;
      case "grade12", "12", "grade1", "grade2", "1", "2" -> GRADE_1_2;
      case "grade34", "34", "grade3", "grade4", "3", "4" -> GRADE_3_4;
      default -> throw new ClinicalValidationException("encephalopathy = '" + text
          + "' is unknown: expected none, grade-1-2 or grade-3-4");
    };
  }
}
