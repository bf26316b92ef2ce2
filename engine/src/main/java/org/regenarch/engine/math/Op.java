package org.regenarch.engine.math;

/** Operators of SBML MathML (Level 3 Version 2). */
public enum Op {
  PLUS, MINUS, TIMES, DIVIDE, POWER,
  /** root(degree, x). */
  ROOT,
  /** log(base, x). */
  LOG,
  LN, EXP, ABS, FLOOR, CEILING, FACTORIAL,
  SIN, COS, TAN, SEC, CSC, COT,
  SINH, COSH, TANH, SECH, CSCH, COTH,
  ARCSIN, ARCCOS, ARCTAN, ARCSEC, ARCCSC, ARCCOT,
  ARCSINH, ARCCOSH, ARCTANH, ARCSECH, ARCCSCH, ARCCOTH,
  MIN, MAX, REM, QUOTIENT,
  /** piecewise(value1, cond1, value2, cond2, ..., [otherwise]): odd size means an otherwise. */
  PIECEWISE,
  AND(true), OR(true), XOR(true), NOT(true), IMPLIES(true),
  EQ(true), NEQ(true), GT(true), LT(true), GEQ(true), LEQ(true);

  private final boolean isBoolean;

  Op() {
    this(false);
  }

  Op(boolean isBoolean) {
    this.isBoolean = isBoolean;
  }

  public boolean isBoolean() {
    return isBoolean;
  }
}
