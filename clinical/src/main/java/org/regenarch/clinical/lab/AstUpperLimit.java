package org.regenarch.clinical.lab;

/** Laboratory upper limit of normal for AST in U/L; impossible values are rejected on construction. */
public record AstUpperLimit(double unitsPerL) {
  public AstUpperLimit {
    LabLimits.AST_UPPER_LIMIT.requirePossible(unitsPerL);
  }
}
