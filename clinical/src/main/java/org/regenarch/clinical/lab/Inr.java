package org.regenarch.clinical.lab;

/** International normalised ratio (dimensionless); impossible values are rejected on construction. */
public record Inr(double ratio) {
  public Inr {
    LabLimits.INR.requirePossible(ratio);
  }
}
