package org.regenarch.clinical.lab;

/** Alanine aminotransferase activity in U/L; impossible values are rejected on construction. */
public record Alt(double unitsPerL) {
  public Alt {
    LabLimits.ALT.requirePossible(unitsPerL);
  }
}
