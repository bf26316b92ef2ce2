package org.regenarch.evidence.meta;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * Distribution tails computed directly (not as 1 − cdf) so tiny p-values keep their relative
 * accuracy, as R's {@code lower.tail = FALSE}.
 */
public final class Stats {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private Stats() {}

  /** Two-sided p-value of a z statistic: 2·P(Z > |z|) = erfc(|z|/√2). */
  public static double twoSidedNormalP(double z) {
    return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
  }

  /** Two-sided p-value of a t statistic: I_{df/(df+t²)}(df/2, 1/2). */
  public static double twoSidedTP(double t, double df) {
    return Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
  }

  /** Upper tail P(χ²_df > x). */
  public static double chiSquaredUpper(double x, double df) {
    if (x <= 0) {
      return 1.0;
    }
    return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
  }

  /** Upper tail P(F_{d1,d2} > x). */
  public static double fUpper(double x, double d1, double d2) {
    if (x <= 0) {
      return 1.0;
    }
    return Beta.regularizedBeta(d2 / (d2 + d1 * x), d2 / 2.0, d1 / 2.0);
  }

  public static double normalQuantile(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  public static double tQuantile(double p, double df) {
    return new TDistribution(df).inverseCumulativeProbability(p);
  }

  public static double chiSquaredQuantile(double p, double df) {
    return new ChiSquaredDistribution(df).inverseCumulativeProbability(p);
  }
}
