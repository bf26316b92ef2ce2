package org.regenarch.engine.sbml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.math.Expr;
import org.regenarch.engine.math.Exprs;
import org.regenarch.engine.math.Op;
import org.sbml.jsbml.ASTNode;

/**
 * Converts JSBML MathML trees to {@link Expr}, inlining function definitions. The only place that
 * knows JSBML's math types.
 */
final class MathConverter {

  /** A function definition: parameter names and body. */
  record Lambda(List<String> params, ASTNode body) {}

  private final Map<String, Lambda> functions;

  MathConverter(Map<String, Lambda> functions) {
    this.functions = functions;
  }

  Expr convert(ASTNode node, String element) {
    return convert(node, element, 0);
  }

  private Expr convert(ASTNode n, String element, int depth) {
    if (depth > 200) {
      throw new UnsupportedFeatureException("recursive function definition", element);
    }
    ASTNode.Type type = n.getType();
    return switch (type) {
      case INTEGER -> Expr.num(n.getInteger());
      case REAL, REAL_E -> Expr.num(n.getReal());
      case RATIONAL -> Expr.num((double) n.getNumerator() / n.getDenominator());
      case CONSTANT_E -> Expr.num(Math.E);
      case CONSTANT_PI -> Expr.num(Math.PI);
      case CONSTANT_TRUE -> new Expr.Call(Op.AND, List.of());
      case CONSTANT_FALSE -> new Expr.Call(Op.OR, List.of());
      case NAME -> new Expr.Sym(n.getName());
      case NAME_TIME -> new Expr.Time();
      case NAME_AVOGADRO -> new Expr.Avogadro();
      case FUNCTION_RATE_OF -> {
        if (n.getChildCount() != 1 || n.getChild(0).getType() != ASTNode.Type.NAME) {
          throw new UnsupportedFeatureException("rateOf applied to an expression (only to a symbol)", element);
        }
        yield new Expr.RateOf(n.getChild(0).getName());
      }
      case FUNCTION_DELAY -> {
        if (n.getChildCount() != 2) {
          throw new UnsupportedFeatureException("delay() with " + n.getChildCount() + " arguments", element);
        }
        yield new Expr.Delay(convert(n.getChild(0), element, depth + 1), convert(n.getChild(1), element, depth + 1));
      }
      case FUNCTION -> inline(n, element, depth);
      case PLUS -> n.getChildCount() == 0 ? Expr.num(0) : call(Op.PLUS, n, element, depth);
      case TIMES -> n.getChildCount() == 0 ? Expr.num(1) : call(Op.TIMES, n, element, depth);
      case MINUS -> call(Op.MINUS, n, element, depth);
      case DIVIDE -> call(Op.DIVIDE, n, element, depth);
      case POWER, FUNCTION_POWER -> call(Op.POWER, n, element, depth);
      case FUNCTION_ROOT -> n.getChildCount() == 1
          ? Expr.call(Op.ROOT, Expr.num(2), convert(n.getChild(0), element, depth + 1))
          : call(Op.ROOT, n, element, depth);
      case FUNCTION_LOG -> n.getChildCount() == 1
          ? Expr.call(Op.LOG, Expr.num(10), convert(n.getChild(0), element, depth + 1))
          : call(Op.LOG, n, element, depth);
      case FUNCTION_LN -> call(Op.LN, n, element, depth);
      case FUNCTION_EXP -> call(Op.EXP, n, element, depth);
      case FUNCTION_ABS -> call(Op.ABS, n, element, depth);
      case FUNCTION_FLOOR -> call(Op.FLOOR, n, element, depth);
      case FUNCTION_CEILING -> call(Op.CEILING, n, element, depth);
      case FUNCTION_FACTORIAL -> call(Op.FACTORIAL, n, element, depth);
      case FUNCTION_SIN -> call(Op.SIN, n, element, depth);
      case FUNCTION_COS -> call(Op.COS, n, element, depth);
      case FUNCTION_TAN -> call(Op.TAN, n, element, depth);
      case FUNCTION_SEC -> call(Op.SEC, n, element, depth);
      case FUNCTION_CSC -> call(Op.CSC, n, element, depth);
      case FUNCTION_COT -> call(Op.COT, n, element, depth);
      case FUNCTION_SINH -> call(Op.SINH, n, element, depth);
      case FUNCTION_COSH -> call(Op.COSH, n, element, depth);
      case FUNCTION_TANH -> call(Op.TANH, n, element, depth);
      case FUNCTION_SECH -> call(Op.SECH, n, element, depth);
      case FUNCTION_CSCH -> call(Op.CSCH, n, element, depth);
      case FUNCTION_COTH -> call(Op.COTH, n, element, depth);
      case FUNCTION_ARCSIN -> call(Op.ARCSIN, n, element, depth);
      case FUNCTION_ARCCOS -> call(Op.ARCCOS, n, element, depth);
      case FUNCTION_ARCTAN -> call(Op.ARCTAN, n, element, depth);
      case FUNCTION_ARCSEC -> call(Op.ARCSEC, n, element, depth);
      case FUNCTION_ARCCSC -> call(Op.ARCCSC, n, element, depth);
      case FUNCTION_ARCCOT -> call(Op.ARCCOT, n, element, depth);
      case FUNCTION_ARCSINH -> call(Op.ARCSINH, n, element, depth);
      case FUNCTION_ARCCOSH -> call(Op.ARCCOSH, n, element, depth);
      case FUNCTION_ARCTANH -> call(Op.ARCTANH, n, element, depth);
      case FUNCTION_ARCSECH -> call(Op.ARCSECH, n, element, depth);
      case FUNCTION_ARCCSCH -> call(Op.ARCCSCH, n, element, depth);
      case FUNCTION_ARCCOTH -> call(Op.ARCCOTH, n, element, depth);
      case FUNCTION_MIN -> call(Op.MIN, n, element, depth);
      case FUNCTION_MAX -> call(Op.MAX, n, element, depth);
      case FUNCTION_REM -> call(Op.REM, n, element, depth);
      case FUNCTION_QUOTIENT -> call(Op.QUOTIENT, n, element, depth);
      case FUNCTION_PIECEWISE -> call(Op.PIECEWISE, n, element, depth);
      case LOGICAL_AND -> call(Op.AND, n, element, depth);
      case LOGICAL_OR -> call(Op.OR, n, element, depth);
      case LOGICAL_XOR -> call(Op.XOR, n, element, depth);
      case LOGICAL_NOT -> call(Op.NOT, n, element, depth);
      case LOGICAL_IMPLIES -> call(Op.IMPLIES, n, element, depth);
      case RELATIONAL_EQ -> call(Op.EQ, n, element, depth);
      case RELATIONAL_NEQ -> call(Op.NEQ, n, element, depth);
      case RELATIONAL_GT -> call(Op.GT, n, element, depth);
      case RELATIONAL_LT -> call(Op.LT, n, element, depth);
      case RELATIONAL_GEQ -> call(Op.GEQ, n, element, depth);
      case RELATIONAL_LEQ -> call(Op.LEQ, n, element, depth);
      default -> throw new UnsupportedFeatureException("MathML element " + type, element);
    };
  }

  private Expr call(Op op, ASTNode n, String element, int depth) {
    List<Expr> args = new ArrayList<>(n.getChildCount());
    for (int i = 0; i < n.getChildCount(); i++) {
      args.add(convert(n.getChild(i), element, depth + 1));
    }
    return new Expr.Call(op, args);
  }

  private Expr inline(ASTNode n, String element, int depth) {
    String name = n.getName();
    Lambda f = functions.get(name);
    if (f == null) {
      throw new UnsupportedFeatureException("call of undefined function '" + name + "'", element);
    }
    if (f.params().size() != n.getChildCount()) {
      throw new UnsupportedFeatureException(
          "function '" + name + "' called with " + n.getChildCount() + " arguments, defined with "
              + f.params().size(), element);
    }
    Map<String, Expr> bind = new HashMap<>();
    for (int i = 0; i < f.params().size(); i++) {
      bind.put(f.params().get(i), convert(n.getChild(i), element, depth + 1));
    }
    // Function bodies see only their arguments (SBML): substitute after converting the body.
    Expr body = convert(f.body(), element + " (function '" + name + "')", depth + 1);
    return Exprs.substitute(body, bind);
  }
}
