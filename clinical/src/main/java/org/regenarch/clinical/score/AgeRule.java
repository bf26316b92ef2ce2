package org.regenarch.clinical.score;

import org.regenarch.clinical.ClinicalValidationException;
import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.LabLimits;

/** The MELD family applies from age 12 (SCORES.md, MELD: "Applies from age 12"; PELD below). */
final class AgeRule {
  /** OPTN policy 9.1: MELD for candidates aged 12 and older. */
  static final double MELD_MIN_AGE_YEARS = 12;

  private AgeRule() {}

  static void requireMeldAge(AgeYears age, String scoreLabel) {
    if (age != null && age.years() < MELD_MIN_AGE_YEARS) {
      throw new ClinicalValidationException("age = " + LabLimits.fmt(age.years()) + " years: "
          + scoreLabel + " applies from age 12 (younger candidates are scored by PELD, not implemented)");
    }
  }
}
