package org.regenarch.clinical.lab;

/** Platelet count in 10^9/L (= 1000/µL); impossible values are rejected on construction. */
public record Platelets(double countE9PerL) {
  public Platelets {
    LabLimits.PLATELETS.requirePossible(countE9PerL);
  }
}
