package org.regenarch.engine.compile;

import java.util.ArrayList;
import java.util.List;
import org.regenarch.engine.math.Expr;
import org.regenarch.engine.math.Exprs;
import org.regenarch.engine.math.Op;

/**
 * Symbolic partial derivatives of {@link Expr} with respect to one symbol (other symbols held
 * fixed), for the analytic Jacobian. Piecewise-constant functions (floor, ceiling, factorial,
 * comparisons) have derivative 0 where defined, as everywhere in ODE solvers.
 */
final class Differentiator {
  /** The expression contains something without a symbolic derivative here (delay, rateOf). */
  static final class NotDifferentiable extends RuntimeException {
    NotDifferentiable(String what) {
      super(what, null, false, false);
    }
  }

  private Differentiator() {}

  static final Expr ZERO = Expr.num(0);
  static final Expr ONE = Expr.num(1);

  /** Stands for time in {@link #d}: not a valid SBML id, so it never clashes with a symbol. */
  static final String TIME = "\u0000time";

  /** The explicit time derivative (symbols held fixed). */
  static Expr dTime(Expr e) {
    return d(e, TIME);
  }

  private static boolean dependsOn(Expr e, String x) {
    return x.equals(TIME) ? Exprs.usesTime(e) : Exprs.symbols(e).contains(x);
  }

  static Expr d(Expr e, String x) {
    if (e instanceof Expr.Time) {
      return x.equals(TIME) ? ONE : ZERO;
    }
    if (e instanceof Expr.Num || e instanceof Expr.StartTime || e instanceof Expr.Avogadro) {
      return ZERO;
    }
    if (e instanceof Expr.Sym s) {
      return s.id().equals(x) ? ONE : ZERO;
    }
    if (e instanceof Expr.Delay || e instanceof Expr.RateOf) {
      throw new NotDifferentiable(e.getClass().getSimpleName());
    }
    Expr.Call c = (Expr.Call) e;
    if (c.op().isBoolean() || !dependsOn(c, x)) {
      return ZERO;
    }
    List<Expr> a = c.args();
    return switch (c.op()) {
      case PLUS -> {
        Expr sum = ZERO;
        for (Expr arg : a) {
          sum = add(sum, d(arg, x));
        }
        yield sum;
      }
      case MINUS -> a.size() == 1 ? neg(d(a.get(0), x)) : sub(d(a.get(0), x), d(a.get(1), x));
      case TIMES -> {
        Expr sum = ZERO;
        for (int i = 0; i < a.size(); i++) {
          Expr term = d(a.get(i), x);
          for (int j = 0; j < a.size() && !isZero(term); j++) {
            if (j != i) {
              term = mul(term, a.get(j));
            }
          }
          sum = add(sum, term);
        }
        yield sum;
      }
      case DIVIDE -> {
        Expr num = a.get(0);
        Expr den = a.get(1);
        yield sub(div(d(num, x), den), div(mul(num, d(den, x)), mul(den, den)));
      }
      case POWER -> power(a.get(0), a.get(1), x);
      case ROOT -> power(a.get(1), Expr.call(Op.DIVIDE, ONE, a.get(0)), x);
      case LOG -> d(Expr.call(Op.DIVIDE, Expr.call(Op.LN, a.get(1)), Expr.call(Op.LN, a.get(0))), x);
      case LN -> div(d(a.get(0), x), a.get(0));
      case EXP -> mul(e, d(a.get(0), x));
      case ABS -> {
        Expr da = d(a.get(0), x);
        yield Expr.call(Op.PIECEWISE, da, Expr.call(Op.GT, a.get(0), ZERO), neg(da), Expr.call(Op.LT, a.get(0), ZERO), ZERO);
      }
      case FLOOR, CEILING, FACTORIAL, QUOTIENT -> ZERO;
      case REM -> sub(d(a.get(0), x), mul(d(a.get(1), x), Expr.call(Op.QUOTIENT, a.get(0), a.get(1))));
      case SIN -> mul(Expr.call(Op.COS, a.get(0)), d(a.get(0), x));
      case COS -> neg(mul(Expr.call(Op.SIN, a.get(0)), d(a.get(0), x)));
      case TAN -> mul(square(Expr.call(Op.SEC, a.get(0))), d(a.get(0), x));
      case SEC -> mul(mul(e, Expr.call(Op.TAN, a.get(0))), d(a.get(0), x));
      case CSC -> neg(mul(mul(e, Expr.call(Op.COT, a.get(0))), d(a.get(0), x)));
      case COT -> neg(mul(square(Expr.call(Op.CSC, a.get(0))), d(a.get(0), x)));
      case SINH -> mul(Expr.call(Op.COSH, a.get(0)), d(a.get(0), x));
      case COSH -> mul(Expr.call(Op.SINH, a.get(0)), d(a.get(0), x));
      case TANH -> mul(square(Expr.call(Op.SECH, a.get(0))), d(a.get(0), x));
      case SECH -> neg(mul(mul(e, Expr.call(Op.TANH, a.get(0))), d(a.get(0), x)));
      case CSCH -> neg(mul(mul(e, Expr.call(Op.COTH, a.get(0))), d(a.get(0), x)));
      case COTH -> neg(mul(square(Expr.call(Op.CSCH, a.get(0))), d(a.get(0), x)));
      case ARCSIN -> div(d(a.get(0), x), sqrt(sub(ONE, square(a.get(0)))));
      case ARCCOS -> neg(div(d(a.get(0), x), sqrt(sub(ONE, square(a.get(0))))));
      case ARCTAN -> div(d(a.get(0), x), add(ONE, square(a.get(0))));
      case ARCCOT -> neg(div(d(a.get(0), x), add(ONE, square(a.get(0)))));
      case ARCSEC -> div(d(a.get(0), x), mul(Expr.call(Op.ABS, a.get(0)), sqrt(sub(square(a.get(0)), ONE))));
      case ARCCSC -> neg(div(d(a.get(0), x), mul(Expr.call(Op.ABS, a.get(0)), sqrt(sub(square(a.get(0)), ONE)))));
      case ARCSINH -> div(d(a.get(0), x), sqrt(add(square(a.get(0)), ONE)));
      case ARCCOSH -> div(d(a.get(0), x), sqrt(sub(square(a.get(0)), ONE)));
      case ARCTANH, ARCCOTH -> div(d(a.get(0), x), sub(ONE, square(a.get(0))));
      case ARCSECH -> neg(div(d(a.get(0), x), mul(a.get(0), sqrt(sub(ONE, square(a.get(0)))))));
      case ARCCSCH -> neg(div(d(a.get(0), x), mul(Expr.call(Op.ABS, a.get(0)), sqrt(add(ONE, square(a.get(0)))))));
      case MIN, MAX -> minMax(c, x);
      case PIECEWISE -> {
        List<Expr> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
          boolean isValue = i % 2 == 0;
          out.add(isValue ? d(a.get(i), x) : a.get(i));
        }
        yield new Expr.Call(Op.PIECEWISE, out);
      }
      default -> throw new NotDifferentiable(c.op().toString());
    };
  }

  private static Expr power(Expr base, Expr exponent, String x) {
    boolean baseHasX = dependsOn(base, x);
    boolean expHasX = dependsOn(exponent, x);
    Expr db = d(base, x);
    if (!expHasX) {
      // b * a^(b-1) * a'; exact also for a <= 0 with integer b, unlike the general form
      return mul(mul(exponent, Expr.call(Op.POWER, base, sub(exponent, ONE))), db);
    }
    Expr pow = Expr.call(Op.POWER, base, exponent);
    Expr de = d(exponent, x);
    if (!baseHasX) {
      return mul(mul(pow, Expr.call(Op.LN, base)), de);
    }
    return mul(pow, add(mul(de, Expr.call(Op.LN, base)), div(mul(exponent, db), base)));
  }

  private static Expr minMax(Expr.Call c, String x) {
    Op cmp = c.op() == Op.MIN ? Op.LEQ : Op.GEQ;
    Expr acc = c.arg(0);
    Expr dacc = d(acc, x);
    for (int i = 1; i < c.args().size(); i++) {
      Expr next = c.arg(i);
      dacc = Expr.call(Op.PIECEWISE, dacc, Expr.call(cmp, acc, next), d(next, x));
      acc = Expr.call(c.op(), acc, next);
    }
    return dacc;
  }

  static boolean isZero(Expr e) {
    return e instanceof Expr.Num n && n.value() == 0;
  }

  private static boolean isOne(Expr e) {
    return e instanceof Expr.Num n && n.value() == 1;
  }

  static Expr add(Expr a, Expr b) {
    if (isZero(a)) {
      return b;
    }
    return isZero(b) ? a : Expr.call(Op.PLUS, a, b);
  }

  static Expr sub(Expr a, Expr b) {
    if (isZero(b)) {
      return a;
    }
    return isZero(a) ? neg(b) : Expr.call(Op.MINUS, a, b);
  }

  static Expr neg(Expr a) {
    return isZero(a) ? ZERO : Expr.call(Op.MINUS, a);
  }

  static Expr mul(Expr a, Expr b) {
    if (isZero(a) || isZero(b)) {
      return ZERO;
    }
    if (isOne(a)) {
      return b;
    }
    return isOne(b) ? a : Expr.call(Op.TIMES, a, b);
  }

  static Expr div(Expr a, Expr b) {
    if (isZero(a)) {
      return ZERO;
    }
    return isOne(b) ? a : Expr.call(Op.DIVIDE, a, b);
  }

  private static Expr square(Expr a) {
    return Expr.call(Op.TIMES, a, a);
  }

  private static Expr sqrt(Expr a) {
    return Expr.call(Op.ROOT, Expr.num(2), a);
  }
}
