package org.regenarch.engine.compile;

import java.util.List;
import java.util.function.Function;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.math.Expr;
import org.regenarch.engine.math.Op;

/**
 * Translates {@link Expr} into Java source text. Symbols are resolved to array slots by the caller's
 * resolver, so no SBML identifier ever reaches generated code.
 */
final class JavaExpressions {
  /** SBML Level 3 value of the avogadro csymbol. */
  static final double AVOGADRO = 6.02214179e23;

  private final Function<String, String> resolver;
  private final String element;
  private final java.util.function.ToIntFunction<Expr.Delay> delayIndex;

  JavaExpressions(Function<String, String> resolver, String element) {
    this(resolver, element, null);
  }

  /** @param delayIndex number of each delay(...) node, or null where delays cannot occur */
  JavaExpressions(Function<String, String> resolver, String element, java.util.function.ToIntFunction<Expr.Delay> delayIndex) {
    this.resolver = resolver;
    this.element = element;
    this.delayIndex = delayIndex;
  }

  static String literal(double v) {
    if (Double.isNaN(v)) {
      return "Double.NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    }
    String s = Double.toString(v);
    return v < 0 || s.startsWith("-") ? "(" + s + ")" : s;
  }

  /** Java expression of type double. */
  String num(Expr e) {
    if (e instanceof Expr.Num n) {
      return literal(n.value());
    }
    if (e instanceof Expr.Sym s) {
      String ref = resolver.apply(s.id());
      if (ref == null) {
        throw new ModelFormatException("undefined symbol '" + s.id() + "' in " + element);
      }
      return ref;
    }
    if (e instanceof Expr.Time) {
      return "t";
    }
    if (e instanceof Expr.StartTime) {
      return delayIndex == null ? "t" : "h.startTime()";
    }
    if (e instanceof Expr.Avogadro) {
      return literal(AVOGADRO);
    }
    if (e instanceof Expr.RateOf) {
      throw new IllegalStateException("rateOf must be expanded before code generation");
    }
    if (e instanceof Expr.Delay d) {
      if (delayIndex == null) {
        throw new IllegalStateException("delay must be resolved before code generation here");
      }
      return "h.value(" + delayIndex.applyAsInt(d) + ", t - " + num(d.delay()) + ")";
    }
    Expr.Call c = (Expr.Call) e;
    if (c.op().isBoolean()) {
      return "Rt.b2d(" + bool(c) + ")";
    }
    List<Expr> a = c.args();
    return switch (c.op()) {
      case PLUS -> a.isEmpty() ? "0.0" : join(a, " + ");
      case TIMES -> a.isEmpty() ? "1.0" : join(a, " * ");
      case MINUS -> a.size() == 1 ? "(-" + num(a.get(0)) + ")" : arity(c, 2) + join(a, " - ");
      case DIVIDE -> arity(c, 2) + join(a, " / ");
      case POWER -> arity(c, 2) + "Rt.pow(" + num(a.get(0)) + ", " + num(a.get(1)) + ")";
      case ROOT -> arity(c, 2) + "Rt.root(" + num(a.get(0)) + ", " + num(a.get(1)) + ")";
      case LOG -> arity(c, 2) + "Rt.log(" + num(a.get(0)) + ", " + num(a.get(1)) + ")";
      case LN -> fn("Math.log", c);
      case EXP -> fn("Math.exp", c);
      case ABS -> fn("Math.abs", c);
      case FLOOR -> fn("Math.floor", c);
      case CEILING -> fn("Math.ceil", c);
      case FACTORIAL -> fn("Rt.factorial", c);
      case SIN -> fn("Math.sin", c);
      case COS -> fn("Math.cos", c);
      case TAN -> fn("Math.tan", c);
      case SEC -> fn("Rt.sec", c);
      case CSC -> fn("Rt.csc", c);
      case COT -> fn("Rt.cot", c);
      case SINH -> fn("Math.sinh", c);
      case COSH -> fn("Math.cosh", c);
      case TANH -> fn("Math.tanh", c);
      case SECH -> fn("Rt.sech", c);
      case CSCH -> fn("Rt.csch", c);
      case COTH -> fn("Rt.coth", c);
      case ARCSIN -> fn("Math.asin", c);
      case ARCCOS -> fn("Math.acos", c);
      case ARCTAN -> fn("Math.atan", c);
      case ARCSEC -> fn("Rt.asec", c);
      case ARCCSC -> fn("Rt.acsc", c);
      case ARCCOT -> fn("Rt.acot", c);
      case ARCSINH -> fn("Rt.asinh", c);
      case ARCCOSH -> fn("Rt.acosh", c);
      case ARCTANH -> fn("Rt.atanh", c);
      case ARCSECH -> fn("Rt.asech", c);
      case ARCCSCH -> fn("Rt.acsch", c);
      case ARCCOTH -> fn("Rt.acoth", c);
      case MIN -> fold("Math.min", c);
      case MAX -> fold("Math.max", c);
      case REM -> arity(c, 2) + "(" + num(a.get(0)) + " % " + num(a.get(1)) + ")";
      case QUOTIENT -> arity(c, 2) + "Rt.quotient(" + num(a.get(0)) + ", " + num(a.get(1)) + ")";
      case PIECEWISE -> piecewise(c, false);
      default -> throw new UnsupportedFeatureException("operator " + c.op(), element);
    };
  }

  /** Java expression of type boolean. */
  String bool(Expr e) {
    if (!(e instanceof Expr.Call c) || !(c.op().isBoolean() || c.op() == Op.PIECEWISE && Expr.isBoolean(c))) {
      return "(" + num(e) + " != 0.0)";
    }
    List<Expr> a = c.args();
    return switch (c.op()) {
      case AND -> a.isEmpty() ? "true" : joinBool(a, " && ");
      case OR -> a.isEmpty() ? "false" : joinBool(a, " || ");
      case XOR -> a.isEmpty() ? "false" : joinBool(a, " ^ ");
      case NOT -> arity(c, 1) + "(!" + bool(a.get(0)) + ")";
      case IMPLIES -> arity(c, 2) + "(!" + bool(a.get(0)) + " || " + bool(a.get(1)) + ")";
      case EQ, NEQ -> equality(c);
      case GT -> chain(c, " > ");
      case LT -> chain(c, " < ");
      case GEQ -> chain(c, " >= ");
      case LEQ -> chain(c, " <= ");
      case PIECEWISE -> piecewise(c, true);
      default -> throw new UnsupportedFeatureException("operator " + c.op(), element);
    };
  }

  private String equality(Expr.Call c) {
    String op = c.op() == Op.EQ ? " == " : " != ";
    boolean allBool = c.args().stream().allMatch(Expr::isBoolean);
    if (c.args().size() < 2) {
      return "true";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i + 1 < c.args().size(); i++) {
      if (i > 0) {
        sb.append(" && ");
      }
      Expr l = c.arg(i);
      Expr r = c.arg(i + 1);
      sb.append(allBool ? bool(l) : num(l)).append(op).append(allBool ? bool(r) : num(r));
    }
    return sb.append(")").toString();
  }

  private String chain(Expr.Call c, String op) {
    if (c.args().size() < 2) {
      return "true";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i + 1 < c.args().size(); i++) {
      if (i > 0) {
        sb.append(" && ");
      }
      sb.append(num(c.arg(i))).append(op).append(num(c.arg(i + 1)));
    }
    return sb.append(")").toString();
  }

  private String piecewise(Expr.Call c, boolean asBool) {
    List<Expr> a = c.args();
    StringBuilder sb = new StringBuilder();
    int open = 0;
    int i = 0;
    for (; i + 1 < a.size(); i += 2) {
      sb.append("(").append(bool(a.get(i + 1))).append(" ? ")
          .append(asBool ? bool(a.get(i)) : num(a.get(i))).append(" : ");
      open++;
    }
    if (i < a.size()) {
      sb.append(asBool ? bool(a.get(i)) : num(a.get(i)));
    } else {
      sb.append(asBool ? "false" : "Double.NaN");
    }
    sb.append(")".repeat(open));
    return open == 0 ? sb.toString() : "(" + sb + ")";
  }

  private String arity(Expr.Call c, int n) {
    if (c.args().size() != n) {
      throw new ModelFormatException(c.op() + " expects " + n + " arguments, got " + c.args().size() + " in " + element);
    }
    return "";
  }

  private String fn(String name, Expr.Call c) {
    return arity(c, 1) + name + "(" + num(c.arg(0)) + ")";
  }

  private String fold(String name, Expr.Call c) {
    if (c.args().isEmpty()) {
      throw new ModelFormatException(c.op() + " without arguments in " + element);
    }
    String acc = num(c.arg(0));
    for (int i = 1; i < c.args().size(); i++) {
      acc = name + "(" + acc + ", " + num(c.arg(i)) + ")";
    }
    return acc;
  }

  private String join(List<Expr> a, String op) {
    return joinWith(a, op, this::num);
  }

  private String joinBool(List<Expr> a, String op) {
    return joinWith(a, op, this::bool);
  }

  private static String joinWith(List<Expr> a, String op, Function<Expr, String> render) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < a.size(); i++) {
      if (i > 0) {
        sb.append(op);
      }
      sb.append(render.apply(a.get(i)));
    }
    return sb.append(")").toString();
  }
}
