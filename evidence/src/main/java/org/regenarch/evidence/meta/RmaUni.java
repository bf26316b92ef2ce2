package org.regenarch.evidence.meta;

import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;

/**
 * Inverse-variance fixed- and random/mixed-effects models as metafor's {@code rma.uni} (3.8):
 * τ² by the chosen estimator, then weighted least squares with weights 1/(vi+τ²); z or
 * Knapp–Hartung (t with k−p df, variance scaled by s² = RSS/(k−p)) inference at 95%.
 */
public final class RmaUni {
  /** Two-sided 95% intervals, metafor's default {@code level = 95}. */
  static final double LEVEL_UPPER_QUANTILE = 0.975;
  /** metafor {@code confint.rma.uni}: default {@code tau2.max = max(100, 10·tau2)}. */
  private static final double QP_TAU2_MAX_FLOOR = 100;

  private RmaUni() {}

  public static RmaFit fit(double[] y, double[] v, double[][] x, List<String> names,
      PoolingMethod method, TestType test, Convergence conv) {
    int k = y.length;
    RealMatrix xm = new Array2DRowRealMatrix(x, false);
    int p = xm.getColumnDimension();
    if (k < p) {
      throw new MetaInputException("number of parameters to estimate (" + p + ") exceeds the number of studies (" + k + ")");
    }
    if (k == 1) {
      test = TestType.Z; // metafor: 'Setting argument test="z" since k=1'
    }
    if (method.isRandomEffects() && k > 1 && k == p) {
      throw new MetaInputException("cannot estimate tau2 with " + method + ": no residual degrees of freedom (k = p = " + k + ")");
    }
    double tau2 = method.isRandomEffects() ? Tau2Estimator.estimate(method, y, v, xm, conv) : 0;
    Wls f = Wls.fit(y, Wls.weights(v, tau2), xm);
    double s2w = 1;
    int ddf = 0;
    if (test == TestType.KNHA) {
      // metafor: s2w = RSS/(k−p), 0 when the RSS vanishes
      s2w = f.rss <= Math.ulp(1.0) ? 0 : f.rss / (k - p);
      ddf = k - p;
    }
    double[] se = new double[p];
    double[] stat = new double[p];
    double[] pval = new double[p];
    double[] lb = new double[p];
    double[] ub = new double[p];
    double crit = test == TestType.KNHA
        ? (ddf > 0 ? Stats.tQuantile(LEVEL_UPPER_QUANTILE, ddf) : Double.NaN)
        : Stats.normalQuantile(LEVEL_UPPER_QUANTILE);
    for (int j = 0; j < p; j++) {
      se[j] = Math.sqrt(s2w * f.xtwxInverse.getEntry(j, j));
      stat[j] = f.beta[j] / se[j];
      pval[j] = test == TestType.KNHA
          ? (ddf > 0 ? Stats.twoSidedTP(stat[j], ddf) : Double.NaN)
          : Stats.twoSidedNormalP(stat[j]);
      lb[j] = f.beta[j] - crit * se[j];
      ub[j] = f.beta[j] + crit * se[j];
    }
    double qm = Double.NaN;
    double qmP = Double.NaN;
    int m = Math.max(0, p - 1);
    if (p > 1) {
      RealMatrix vb = f.xtwxInverse.getSubMatrix(1, p - 1, 1, p - 1).scalarMultiply(s2w);
      double[] b = java.util.Arrays.copyOfRange(f.beta, 1, p);
      double[] sol = org.hipparchus.linear.MatrixUtils.inverse(vb).operate(b);
      qm = 0;
      for (int j = 0; j < b.length; j++) {
        qm += b[j] * sol[j];
      }
      if (test == TestType.KNHA) {
        qm /= m;
        qmP = ddf > 0 ? Stats.fUpper(qm, m, ddf) : Double.NaN;
      } else {
        qmP = Stats.chiSquaredUpper(qm, m);
      }
    }
    double qe = 0;
    double qeP = 1;
    double i2 = 0;
    double h2 = 1;
    if (k > p) {
      Wls fe = Wls.fit(y, Wls.weights(v, 0), xm);
      qe = Math.max(0, fe.rss);
      qeP = Stats.chiSquaredUpper(qe, k - p);
      if (method.isRandomEffects()) {
        double vt = (k - p) / Wls.trace(fe.projection());
        i2 = 100 * tau2 / (vt + tau2);
        h2 = tau2 / vt + 1;
      } else {
        i2 = Math.max(0, 100 * (qe - (k - p)) / qe);
        h2 = qe / (k - p);
      }
    }
    double sumW = 0;
    for (double wi : f.w) {
      sumW += wi;
    }
    double[] weights = new double[k];
    for (int i = 0; i < k; i++) {
      weights[i] = 100 * f.w[i] / sumW;
    }
    return new RmaFit(k, p, List.copyOf(names), f.beta, se, stat, pval, lb, ub, tau2, qe, qeP, i2, h2,
        qm, m, qmP, weights, ddf, crit);
  }

  /** Intercept-only design matrix. */
  public static double[][] interceptOnly(int k) {
    double[][] x = new double[k][1];
    for (double[] row : x) {
      row[0] = 1;
    }
    return x;
  }

  /** Q-profile 95% CI for τ² (metafor {@code confint.rma.uni}, type "QP"); null bounds for FE. */
  public static double[] tau2QProfile(double[] y, double[] v, double[][] x, double tau2, Convergence conv) {
    RealMatrix xm = new Array2DRowRealMatrix(x, false);
    int k = y.length;
    int p = xm.getColumnDimension();
    if (k - p < 1) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double critU = Stats.chiSquaredQuantile(LEVEL_UPPER_QUANTILE, k - p);
    double critL = Stats.chiSquaredQuantile(1 - LEVEL_UPPER_QUANTILE, k - p);
    double min = 0; // metafor confint: tau2.min = min(0, tau2)
    double max = Math.max(QP_TAU2_MAX_FLOOR, tau2 * 10); // metafor confint: tau2.max = max(100, 10·tau2)
    java.util.function.DoubleUnaryOperator q = t -> Tau2Estimator.generalizedQ(t, y, v, xm);
    double qMax = q.applyAsDouble(max);
    double qMin = q.applyAsDouble(min);
    int maxIter = conv.ciMaxIterations();
    double lbv;
    double ubv;
    // branch structure of confint.rma.uni (type "QP"); Q(τ²) decreases in τ²
    if (qMin < critL) {
      lbv = min;
      ubv = min;
    } else if (qMax > critL) {
      ubv = max;
    } else {
      ubv = Tau2Estimator.root(t -> q.applyAsDouble(t) - critL, min, max, qMin - critL, qMax - critL, conv, maxIter,
          "tau2 CI upper bound");
    }
    if (qMax > critU) {
      lbv = max;
      ubv = max;
    } else if (qMin < critU) {
      lbv = min;
    } else {
      lbv = Tau2Estimator.root(t -> q.applyAsDouble(t) - critU, min, max, qMin - critU, qMax - critU, conv, maxIter,
          "tau2 CI lower bound");
    }
    return new double[] {lbv, ubv};
  }
}
