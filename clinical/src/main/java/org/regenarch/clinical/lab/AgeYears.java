package org.regenarch.clinical.lab;

/** Age in years; impossible values are rejected on construction. */
public record AgeYears(double years) {
  public AgeYears {
    LabLimits.AGE.requirePossible(years);
  }
}
