package org.regenarch.engine.math;

import java.util.List;

/**
 * Immutable math expression tree: the engine's own representation of SBML MathML, independent of
 * JSBML. Function definitions are inlined before expressions reach this form.
 */
public sealed interface Expr
    permits Expr.Num, Expr.Sym, Expr.Call, Expr.Time, Expr.StartTime, Expr.Avogadro, Expr.RateOf, Expr.Delay {

  /** A number literal (also true = 1 and false = 0 in boolean context, as SBML allows). */
  record Num(double value) implements Expr {}

  /** A reference to a global symbol by SBML id. */
  record Sym(String id) implements Expr {}

  /** csymbol time. */
  record Time() implements Expr {}

  /** The simulation's start time (internal: no SBML syntax; used for the past before the start). */
  record StartTime() implements Expr {}

  /** csymbol avogadro (SBML L3: 6.02214179e23). */
  record Avogadro() implements Expr {}

  /** csymbol rateOf applied to a symbol. */
  record RateOf(String id) implements Expr {}

  /** csymbol delay: the value of {@code expr} at time {@code t - delay}. */
  record Delay(Expr expr, Expr delay) implements Expr {}

  /** An operator applied to arguments. */
  record Call(Op op, List<Expr> args) implements Expr {
    public Call {
      args = List.copyOf(args);
    }

    public Expr arg(int i) {
      return args.get(i);
    }
  }

  static Expr num(double v) {
    return new Num(v);
  }

  static Expr call(Op op, Expr... args) {
    return new Call(op, List.of(args));
  }

  /** True if the expression has boolean type (relational or logical operator, or a boolean constant). */
  static boolean isBoolean(Expr e) {
    return e instanceof Call c && c.op().isBoolean()
        || e instanceof Call p && p.op() == Op.PIECEWISE && piecewiseIsBoolean(p);
  }

  private static boolean piecewiseIsBoolean(Call p) {
    for (int i = 0; i < p.args().size(); i += 2) {
      if (!isBoolean(p.arg(i))) {
        return false;
      }
    }
    return true;
  }
}
