package org.regenarch.evidence.meta;

/**
 * Agreement required with the metafor fixtures, by kind of quantity, in one place (as metafor's
 * own tests/testthat/settings.r). Relative tolerance with an absolute floor for values near 0.
 */
final class Tolerances {
  /** Issue 4: agreement to 1e-6 relative where metafor ran with tight convergence (exact mode). */
  static final double RELATIVE = 1e-6;
  /**
   * Default mode against metafor with its default settings: the same algorithms and stopping
   * rules (Fisher scoring, R's zeroin) leave only rounding differences (measured ≤ 7e-10).
   */
  static final double RELATIVE_METAFOR_DEFAULT = 1e-8;
  /** Floor for coefficients, SEs, CIs, Q, I², H² that are (near) zero. */
  static final double ABSOLUTE_ESTIMATE = 1e-9;
  /** Floor for tau² and its CI: exact roots to 1e-12 in both; default mode follows metafor's iterates. */
  static final double ABSOLUTE_TAU2 = 1e-9;
  /**
   * Floor for I² and H² (percent / ratio): where REML's τ² sits on the 0 boundary metafor stops
   * its Fisher scoring a hair above 0 (τ² ≈ 1e-11), giving I² ≈ 1e-9 % where we give exactly 0.
   */
  static final double ABSOLUTE_HETEROGENEITY = 1e-6;
  /** Floor for p-values: tail functions differ in the last bits far in the tails. */
  static final double ABSOLUTE_PVALUE = 1e-12;

  private Tolerances() {}

  static double absoluteFor(String key) {
    if (key.contains("pval")) {
      return ABSOLUTE_PVALUE;
    }
    if (key.equals("i2") || key.equals("h2")) {
      return ABSOLUTE_HETEROGENEITY;
    }
    if (key.startsWith("tau2")) {
      return ABSOLUTE_TAU2;
    }
    return ABSOLUTE_ESTIMATE;
  }

  static double relative(Convergence conv) {
    return conv.exact() ? RELATIVE : RELATIVE_METAFOR_DEFAULT;
  }

  static boolean close(String key, double actual, double expected, double relative) {
    double tol = Math.max(relative * Math.abs(expected), absoluteFor(key));
    return Math.abs(actual - expected) <= tol;
  }
}
