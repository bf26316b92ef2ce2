package org.regenarch.clinical.lab;

/** Serum sodium in mmol/L; impossible values are rejected on construction. */
public record Sodium(double mmolPerL) {
  public Sodium {
    LabLimits.SODIUM.requirePossible(mmolPerL);
  }
}
