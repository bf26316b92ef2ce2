package org.regenarch.evidence.meta;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.util.FastMath;

/**
 * Between-study variance τ² as metafor's {@code rma.uni} (3.8) estimates it, for a model matrix X
 * (intercept only, or with moderators). Formulas follow Viechtbauer (2005) and the metafor source.
 */
final class Tau2Estimator {
  /** metafor default {@code tau2.max = max(100, 10·mad(yi)²)} bounds the PM root search. */
  private static final double TAU2_MAX_FLOOR = 100;
  /** R's {@code mad()} consistency constant for the normal distribution. */
  private static final double MAD_CONSTANT = 1.4826;

  private Tau2Estimator() {}

  static double estimate(PoolingMethod method, double[] y, double[] v, RealMatrix x, Convergence conv) {
    int k = y.length;
    int p = x.getColumnDimension();
    if (k == 1) {
      return 0; // metafor: method "k1", tau² fixed at 0
    }
    return switch (method) {
      case FE, MH, PETO -> 0;
      case DL -> dl(y, v, x, k, p);
      case HE -> Math.max(0, he(y, v, x, k, p));
      case HS -> Math.max(0, hs(y, v, x, k));
      case SJ -> sj(y, v, x, k, p);
      case PM -> pm(y, v, x, k, p, conv);
      case ML, REML, EB -> fisherScoring(method, y, v, x, k, p, conv);
    };
  }

  private static double dl(double[] y, double[] v, RealMatrix x, int k, int p) {
    Wls f = Wls.fit(y, Wls.weights(v, 0), x);
    double trP = Wls.trace(f.projection());
    return Math.max(0, (f.rss - (k - p)) / trP);
  }

  private static double he(double[] y, double[] v, RealMatrix x, int k, int p) {
    double[] ones = new double[k];
    Arrays.fill(ones, 1);
    Wls f = Wls.fit(y, ones, x);
    RealMatrix pm = f.projection();
    double trPV = 0;
    for (int i = 0; i < k; i++) {
      trPV += pm.getEntry(i, i) * v[i];
    }
    return (f.rss - trPV) / (k - p);
  }

  private static double hs(double[] y, double[] v, RealMatrix x, int k) {
    Wls f = Wls.fit(y, Wls.weights(v, 0), x);
    double sumW = Arrays.stream(f.w).sum();
    return (f.rss - k) / sumW;
  }

  private static double sj(double[] y, double[] v, RealMatrix x, int k, int p) {
    double mean = Arrays.stream(y).average().orElse(0);
    double tau0 = 0;
    for (double yi : y) {
      tau0 += (yi - mean) * (yi - mean);
    }
    tau0 /= k; // var(yi)·(k−1)/k
    Wls f = Wls.fit(y, Wls.weights(v, tau0), x);
    return Math.max(0, tau0 * f.rss / (k - p));
  }

  static double generalizedQ(double tau2, double[] y, double[] v, RealMatrix x) {
    return Wls.fit(y, Wls.weights(v, tau2), x).rss;
  }

  static double tau2Max(double[] y) {
    return Math.max(TAU2_MAX_FLOOR, 10 * Math.pow(mad(y), 2));
  }

  private static double pm(double[] y, double[] v, RealMatrix x, int k, int p, Convergence conv) {
    double target = k - p;
    if (generalizedQ(0, y, v, x) < target) {
      return 0;
    }
    double max = tau2Max(y);
    if (generalizedQ(max, y, v, x) > target) {
      throw new MetaConvergenceException("Paule-Mandel: tau2 exceeds its search bound " + max
          + " (metafor's tau2.max); the estimator cannot be computed for these data");
    }
    if (conv.exact()) {
      return solve(t -> generalizedQ(t, y, v, x) - target, 0, max, conv, "Paule-Mandel tau2");
    }
    // metafor: uniroot(.QE.func, c(tau2.min, tau2.max), tol = con$tol, maxiter = con$maxiter)
    return Zeroin.solve(t -> generalizedQ(t, y, v, x) - target, 0, max,
        generalizedQ(0, y, v, x) - target, generalizedQ(max, y, v, x) - target,
        conv.rootTolerance(), conv.maxIterations(), "Paule-Mandel tau2");
  }

  /**
   * Root of a decreasing Q-type function on [lo, hi] (values at the ends given): R's uniroot
   * with metafor's tolerance by default, the exact root with {@link Convergence#exact()}.
   */
  static double root(DoubleUnaryOperator f, double lo, double hi, double fLo, double fHi, Convergence conv,
      int maxIterations, String what) {
    if (conv.exact()) {
      return solve(f::applyAsDouble, lo, hi, conv, what);
    }
    return Zeroin.solve(f, lo, hi, fLo, fHi, conv.rootTolerance(), maxIterations, what);
  }

  static double solve(org.hipparchus.analysis.UnivariateFunction f, double lo, double hi, Convergence conv, String what) {
    try {
      return new BrentSolver(conv.rootTolerance() * 1e-3, conv.rootTolerance() * 1e-3)
          .solve(conv.maxIterations(), f, lo, hi);
    } catch (MathIllegalStateException e) {
      throw new MetaConvergenceException(what + ": root search did not converge (" + e.getMessage() + ")");
    }
  }

  /** Fisher scoring stops here and a bracketed root search polishes the estimate. */
  private static final double FISHER_HANDOVER = 1e-8;

  /**
   * Fisher scoring with step halving, started at max(0, HE), as metafor's {@code rma.uni}: by
   * default it stops where metafor stops (|Δτ²| ≤ threshold, at most maxiter steps). In exact
   * mode metafor's linear convergence could need hundreds of steps, so once the change is below
   * {@link #FISHER_HANDOVER} the root of the same estimating equation is polished with Brent's
   * method to the tolerance.
   */
  private static double fisherScoring(PoolingMethod m, double[] y, double[] v, RealMatrix x, int k, int p, Convergence conv) {
    double tau2 = Math.max(0, he(y, v, x, k, p));
    double change = Double.POSITIVE_INFINITY;
    int iter = 0;
    double handover = conv.exact() ? Math.max(FISHER_HANDOVER, conv.threshold()) : conv.threshold();
    while (change > handover) {
      if (++iter > conv.maxIterations()) {
        throw new MetaConvergenceException("Fisher scoring for the " + m + " estimator of tau2 did not converge in "
            + conv.maxIterations() + " iterations (last tau2 = " + tau2 + ")"
            + (conv.exact() ? "" : "; metafor's default maxiter fails here too; --exact iterates further"));
      }
      double old = tau2;
      double adj = step(m, y, v, x, k, p, tau2);
      if (Double.isNaN(adj)) {
        adj = 0;
      }
      while (tau2 + adj < 0) {
        adj /= 2;
      }
      tau2 = tau2 + adj;
      change = Math.abs(old - tau2);
    }
    if (conv.exact() && tau2 > 0) {
      tau2 = polish(m, y, v, x, k, p, tau2, conv);
    }
    if (m != PoolingMethod.EB && logLik(m, y, v, x, 0) - logLik(m, y, v, x, tau2) > conv.rootTolerance()
        && tau2 > conv.threshold()) {
      return 0; // metafor ll0check: stuck at a local maximum, tau² set to 0
    }
    return Math.max(0, tau2);
  }

  /** Brackets the root of the scoring numerator next to tau2 and solves it. */
  private static double polish(PoolingMethod m, double[] y, double[] v, RealMatrix x, int k, int p, double tau2, Convergence conv) {
    org.hipparchus.analysis.UnivariateFunction score = t -> numerator(m, y, v, x, k, p, t);
    double s0 = score.value(tau2);
    if (s0 == 0) {
      return tau2;
    }
    double d = Math.max(1e-10, 1e-6 * tau2);
    for (int i = 0; i < 200; i++) {
      double other = s0 > 0 ? tau2 + d : Math.max(0, tau2 - d);
      double so = score.value(other);
      if (Math.signum(so) != Math.signum(s0)) {
        return solve(score, Math.min(tau2, other), Math.max(tau2, other), conv, m + " tau2");
      }
      if (other == 0) {
        return 0; // score keeps its sign down to the boundary
      }
      d *= 2;
    }
    throw new MetaConvergenceException(m + " estimator of tau2: could not bracket the root near " + tau2);
  }

  private static double step(PoolingMethod m, double[] y, double[] v, RealMatrix x, int k, int p, double tau2) {
    Wls f = Wls.fit(y, Wls.weights(v, tau2), x);
    double num = numerator(m, f, k, p);
    if (m == PoolingMethod.EB) {
      return num / Arrays.stream(f.w).sum();
    }
    if (m == PoolingMethod.ML) {
      double sw2 = 0;
      for (double wi : f.w) {
        sw2 += wi * wi;
      }
      return num / sw2;
    }
    return num / Wls.sumSquares(f.projection());
  }

  private static double numerator(PoolingMethod m, double[] y, double[] v, RealMatrix x, int k, int p, double tau2) {
    return numerator(m, Wls.fit(y, Wls.weights(v, tau2), x), k, p);
  }

  /** Estimating equations: REML y'PPy − tr P, ML y'PPy − Σw, EB y'Py·k/(k−p) − k. */
  private static double numerator(PoolingMethod m, Wls f, int k, int p) {
    if (m == PoolingMethod.EB) {
      return f.rss * k / (k - p) - k;
    }
    double ypPy = 0; // y'PPy = |W r|²
    double sw = 0;
    for (int i = 0; i < f.w.length; i++) {
      ypPy += Math.pow(f.w[i] * f.residual[i], 2);
      sw += f.w[i];
    }
    return m == PoolingMethod.ML ? ypPy - sw : ypPy - Wls.trace(f.projection());
  }

  private static double logLik(PoolingMethod m, double[] y, double[] v, RealMatrix x, double tau2) {
    Wls f = Wls.fit(y, Wls.weights(v, tau2), x);
    int k = y.length;
    int p = x.getColumnDimension();
    double sumLog = 0;
    for (double vi : v) {
      sumLog += Math.log(vi + tau2);
    }
    if (m == PoolingMethod.ML) {
      return -0.5 * k * Math.log(2 * Math.PI) - 0.5 * sumLog - 0.5 * f.rss;
    }
    double logDet = Math.log(new org.hipparchus.linear.LUDecomposition(
        org.hipparchus.linear.MatrixUtils.inverse(f.xtwxInverse)).getDeterminant());
    return -0.5 * (k - p) * Math.log(2 * Math.PI) - 0.5 * sumLog - 0.5 * logDet - 0.5 * f.rss;
  }

  static double mad(double[] y) {
    double med = median(y);
    double[] dev = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      dev[i] = FastMath.abs(y[i] - med);
    }
    return MAD_CONSTANT * median(dev);
  }

  private static double median(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
