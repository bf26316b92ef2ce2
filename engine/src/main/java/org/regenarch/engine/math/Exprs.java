package org.regenarch.engine.math;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Traversals over {@link Expr}: free symbols, substitution. */
public final class Exprs {
  private Exprs() {}

  /** Global symbols the expression reads (rateOf targets excluded). */
  public static Set<String> symbols(Expr e) {
    Set<String> out = new LinkedHashSet<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expr e, Set<String> out) {
    if (e instanceof Expr.Sym s) {
      out.add(s.id());
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(a -> collect(a, out));
    } else if (e instanceof Expr.Delay d) {
      collect(d.expr(), out);
      collect(d.delay(), out);
    }
  }

  public static boolean containsRateOf(Expr e) {
    if (e instanceof Expr.RateOf) {
      return true;
    }
    if (e instanceof Expr.Delay d) {
      return containsRateOf(d.expr()) || containsRateOf(d.delay());
    }
    return e instanceof Expr.Call c && c.args().stream().anyMatch(Exprs::containsRateOf);
  }

  public static boolean usesTime(Expr e) {
    if (e instanceof Expr.Time || e instanceof Expr.Delay) {
      return true; // a delayed value depends on the time it is taken at
    }
    return e instanceof Expr.Call c && c.args().stream().anyMatch(Exprs::usesTime);
  }

  /** All delay(...) sub-expressions, outermost first. */
  public static void delays(Expr e, java.util.List<Expr.Delay> out) {
    if (e instanceof Expr.Delay d) {
      out.add(d);
      delays(d.expr(), out);
      delays(d.delay(), out);
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(a -> delays(a, out));
    }
  }

  /** Replaces symbols by expressions (used to inline function definitions and local parameters). */
  public static Expr substitute(Expr e, Map<String, Expr> replacements) {
    return map(e, x -> x instanceof Expr.Sym s && replacements.containsKey(s.id()) ? replacements.get(s.id()) : null);
  }

  /** Bottom-up rewrite: {@code f} returns a replacement or null to keep (and descend into) the node. */
  public static Expr map(Expr e, Function<Expr, Expr> f) {
    Expr r = f.apply(e);
    if (r != null) {
      return r;
    }
    if (e instanceof Expr.Call c) {
      List<Expr> args = new ArrayList<>(c.args().size());
      boolean changed = false;
      for (Expr a : c.args()) {
        Expr m = map(a, f);
        changed |= m != a;
        args.add(m);
      }
      return changed ? new Expr.Call(c.op(), args) : c;
    }
    if (e instanceof Expr.Delay d) {
      Expr x = map(d.expr(), f);
      Expr dl = map(d.delay(), f);
      return x == d.expr() && dl == d.delay() ? d : new Expr.Delay(x, dl);
    }
    return e;
  }
}
