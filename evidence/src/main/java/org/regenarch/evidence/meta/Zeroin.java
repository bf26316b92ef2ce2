package org.regenarch.evidence.meta;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4,
 * procedure zero) in the form R's {@code uniroot} runs it (C routine {@code R_zeroin2}): the
 * bracket [a, b] with c the contrapoint, b always the best point; acceptance when
 * |c − b|/2 ≤ 2·ε·|b| + tol/2 (ε = DBL_EPSILON) or f(b) = 0; inverse quadratic interpolation when
 * three distinct points are known, the secant otherwise, accepted only when it stays inside
 * [b, c] away from c and shrinks faster than half the step before; else bisection; steps never
 * shorter than the actual tolerance. Given the same function values the iterates are R's, so a
 * root found with metafor's default tol (≈1.2e-4) is the number metafor reports, not the exact root.
 */
final class Zeroin {
  /** C's DBL_EPSILON, R's {@code .Machine$double.eps}. */
  private static final double DBL_EPSILON = Math.ulp(1.0);
  /** Brent's bound on an accepted interpolation step: 3/4 of the way to the contrapoint. */
  private static final double INTERPOLATION_LIMIT = 0.75;

  private Zeroin() {}

  /**
   * Root of f in [lower, upper] given f(lower) and f(upper) of opposite sign (or one of them 0),
   * as {@code uniroot(f, c(lower, upper), tol = tol, maxiter = maxIterations)$root}.
   *
   * @throws MetaConvergenceException when the values do not bracket a root or the iteration
   *     limit is reached (R only warns there; we never return a silent number)
   */
  static double solve(DoubleUnaryOperator f, double lower, double upper, double fLower, double fUpper,
      double tol, int maxIterations, String what) {
    if (!(lower < upper)) {
      throw new IllegalArgumentException(what + ": root search needs lower < upper, got [" + lower + ", " + upper + "]");
    }
    if (Math.signum(fLower) * Math.signum(fUpper) > 0) {
      throw new MetaConvergenceException(what + ": f() values at the ends of [" + lower + ", " + upper
          + "] are not of opposite sign");
    }
    double a = lower;
    double b = upper;
    double fa = fLower;
    double fb = fUpper;
    if (fa == 0) {
      return a;
    }
    if (fb == 0) {
      return b;
    }
    double c = a;
    double fc = fa;
    // R_zeroin2 allows maxiter + 1 passes of the loop, each at most one function evaluation
    for (int pass = 0; pass <= maxIterations; pass++) {
      double prevStep = b - a;
      if (Math.abs(fc) < Math.abs(fb)) {
        // make b the best approximation so far
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolAct = 2 * DBL_EPSILON * Math.abs(b) + tol / 2;
      double newStep = (c - b) / 2;
      if (Math.abs(newStep) <= tolAct || fb == 0) {
        return b;
      }
      if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
        // interpolation may be tried: the step p/q, division delayed
        double p;
        double q;
        double cb = c - b;
        if (a == c) {
          double t1 = fb / fa; // two distinct points: secant
          p = cb * t1;
          q = 1.0 - t1;
        } else {
          double qa = fa / fc; // inverse quadratic interpolation
          double t1 = fb / fc;
          double t2 = fb / fa;
          p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1.0));
          q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        if (p < (INTERPOLATION_LIMIT * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) {
          newStep = p / q;
        }
      }
      if (Math.abs(newStep) < tolAct) {
        newStep = newStep > 0 ? tolAct : -tolAct;
      }
      a = b;
      fa = fb;
      b += newStep;
      fb = finite(f.applyAsDouble(b));
      if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
        c = a; // keep c on the other side of the root from b
        fc = fa;
      }
    }
    throw new MetaConvergenceException(what + ": root search did not converge in " + maxIterations
        + " iterations (last value " + b + ")");
  }

  /** R's zeroin2 callback replaces -Inf by -DBL_MAX and +Inf or NA by +DBL_MAX. */
  private static double finite(double value) {
    if (Double.isFinite(value)) {
      return value;
    }
    return value == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : Double.MAX_VALUE;
  }
}
