package org.regenarch.engine.solve;

/**
 * Forward-difference approximations of the Jacobian d f / d y and of the time derivative d f / d t,
 * writing into caller-owned arrays (no allocation).
 */
final class FiniteDifferences {

  /** sqrt of the unit roundoff: the forward-difference increment balancing truncation and rounding. */
  static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));

  /**
   * Floor for the magnitude of t used in the time increment, from rodas.f (routine RODAS: DELT =
   * SQRT(UROUND * MAX(1.D-5, ABS(X)))).
   */
  static final double TIME_FLOOR = 1.0e-5;

  /** Right-hand side evaluation into a caller array. */
  @FunctionalInterface
  interface Rhs {
    void evaluate(double t, double[] y, double[] yDot);
  }

  private FiniteDifferences() {}

  /**
   * Column j of the Jacobian is (f(t, y + delta_j e_j) - f(t, y)) / delta_j with delta_j =
   * sqrt(eps) * max(|y_j|, typical_j).
   *
   * @param rhs right-hand side
   * @param t time
   * @param y state (restored on exit)
   * @param f0 f(t, y)
   * @param typical per-component typical magnitude (positive) used when |y_j| is smaller
   * @param fTmp work array, length n
   * @param dfdy output n x n
   */
  static void jacobian(Rhs rhs, double t, double[] y, double[] f0, double[] typical, double[] fTmp,
      double[][] dfdy) {
    final int n = y.length;
    for (int j = 0; j < n; j++) {
      final double yj = y[j];
      final double step = SQRT_EPS * Math.max(Math.abs(yj), typical[j]);
      y[j] = yj + step;
      // use the increment actually representable in floating point
      final double delta = y[j] - yj;
      rhs.evaluate(t, y, fTmp);
      y[j] = yj;
      final double inv = 1.0 / delta;
      for (int i = 0; i < n; i++) {
        dfdy[i][j] = (fTmp[i] - f0[i]) * inv;
      }
    }
  }

  /**
   * d f / d t ~ (f(t + delta, y) - f(t, y)) / delta, delta = sqrt(eps * max(1e-5, |t|)) as in rodas.f.
   */
  static void timeDerivative(Rhs rhs, double t, double[] y, double[] f0, double[] fTmp, double[] dfdt) {
    final double step = Math.sqrt(Math.ulp(1.0) * Math.max(TIME_FLOOR, Math.abs(t)));
    final double tPlus = t + step;
    final double delta = tPlus - t;
    rhs.evaluate(tPlus, y, fTmp);
    final double inv = 1.0 / delta;
    for (int i = 0; i < y.length; i++) {
      dfdt[i] = (fTmp[i] - f0[i]) * inv;
    }
  }
}
