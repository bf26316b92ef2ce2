package org.regenarch.clinical.lab;

/** Aspartate aminotransferase activity in U/L; impossible values are rejected on construction. */
public record Ast(double unitsPerL) {
  public Ast {
    LabLimits.AST.requirePossible(unitsPerL);
  }
}
