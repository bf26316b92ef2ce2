package org.regenarch.engine.solve;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/** Test problems with known solutions or published reference values. */
final class ReferenceProblems {

  private ReferenceProblems() {}

  /** y' = -y, y(0) = 1: y = exp(-t). */
  static final class Decay implements OrdinaryDifferentialEquation {
    @Override
    public int getDimension() {
      return 1;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      return new double[] {-y[0]};
    }

    static double exact(double t) {
      return Math.exp(-t);
    }
  }

  /**
   * y' = A y with A = V diag(-1, lambda2) V^-1, V = [[1, 1], [1, -1]]; y(0) = (2, 0) gives y1 = e^-t +
   * e^(lambda2 t), y2 = e^-t - e^(lambda2 t).
   */
  static final class StiffLinear implements OrdinaryDifferentialEquation, JacobianProvider {
    private final double lambda2;
    private final double[][] a;

    StiffLinear(double lambda2) {
      this.lambda2 = lambda2;
      final double p = 0.5 * (-1.0 + lambda2);
      final double m = 0.5 * (-1.0 - lambda2);
      this.a = new double[][] {{p, m}, {m, p}};
    }

    @Override
    public int getDimension() {
      return 2;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      return new double[] {a[0][0] * y[0] + a[0][1] * y[1], a[1][0] * y[0] + a[1][1] * y[1]};
    }

    @Override
    public void computeJacobian(double t, double[] y, double[] yDot, double[][] dfdy) {
      for (int i = 0; i < 2; i++) {
        System.arraycopy(a[i], 0, dfdy[i], 0, 2);
      }
    }

    double[] exact(double t) {
      final double e1 = Math.exp(-t);
      final double e2 = Math.exp(lambda2 * t);
      return new double[] {e1 + e2, e1 - e2};
    }
  }

  /**
   * Non-autonomous stiff (Prothero-Robinson type) problem y' = -lambda (y - cos t) - sin t, y(0) = 1:
   * y = cos t. Exercises the d f / d t terms of the Rosenbrock stages.
   */
  static final class ProtheroRobinson implements OrdinaryDifferentialEquation {
    private final double lambda;

    ProtheroRobinson(double lambda) {
      this.lambda = lambda;
    }

    @Override
    public int getDimension() {
      return 1;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      return new double[] {-lambda * (y[0] - Math.cos(t)) - Math.sin(t)};
    }
  }

  /**
   * Robertson's chemical kinetics (ROBER in the IVP test set of Mazzia &amp; Magherini, Univ. Bari,
   * release 2.4): y(0) = (1, 0, 0), reference at t = 1e11 computed there with RADAU at tight tolerance.
   */
  static class Robertson implements OrdinaryDifferentialEquation, InPlaceDerivatives {
    static final double K1 = 0.04;
    static final double K2 = 3.0e7;
    static final double K3 = 1.0e4;
    static final double END_TIME = 1.0e11;
    static final double[] REFERENCE_AT_END = {
      0.2083340149701255e-07, 0.8333360770334713e-13, 0.9999999791665050
    };

    @Override
    public int getDimension() {
      return 3;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      final double[] yDot = new double[3];
      computeDerivatives(t, y, yDot);
      return yDot;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
      final double r1 = K1 * y[0];
      final double r2 = K2 * y[1] * y[1];
      final double r3 = K3 * y[1] * y[2];
      yDot[0] = -r1 + r3;
      yDot[1] = r1 - r2 - r3;
      yDot[2] = r2;
    }
  }

  /** Robertson with its analytic Jacobian. */
  static final class RobertsonWithJacobian extends Robertson implements JacobianProvider {
    @Override
    public void computeJacobian(double t, double[] y, double[] yDot, double[][] dfdy) {
      dfdy[0][0] = -K1;
      dfdy[0][1] = K3 * y[2];
      dfdy[0][2] = K3 * y[1];
      dfdy[1][0] = K1;
      dfdy[1][1] = -2 * K2 * y[1] - K3 * y[2];
      dfdy[1][2] = -K3 * y[1];
      dfdy[2][0] = 0;
      dfdy[2][1] = 2 * K2 * y[1];
      dfdy[2][2] = 0;
    }

    @Override
    public boolean computeTimeDerivative(double t, double[] y, double[] yDot, double[] dfdt) {
      java.util.Arrays.fill(dfdt, 0.0);
      return true;
    }
  }

  /**
   * Van der Pol oscillator in Hairer's scaled form (VDPOL in the Bari IVP test set): y1' = y2, y2' =
   * ((1 - y1^2) y2 - y1) / eps, eps = 1e-6 (i.e. mu = 1000 after rescaling time by mu), y(0) = (2, 0),
   * reference at t = 2 computed there with RADAU at rtol = atol = 1.1e-18.
   */
  static final class VanDerPol implements OrdinaryDifferentialEquation {
    static final double EPS = 1.0e-6;
    static final double END_TIME = 2.0;
    static final double[] REFERENCE_AT_END = {0.1706167732170483e+01, -0.8928097010247975e+00};

    @Override
    public int getDimension() {
      return 2;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      return new double[] {y[1], ((1 - y[0] * y[0]) * y[1] - y[0]) / EPS};
    }
  }

  /** Harmonic oscillator y1' = y2, y2' = -y1, y(0) = (0, 1): y = (sin t, cos t). Non-stiff. */
  static final class Harmonic implements OrdinaryDifferentialEquation {
    @Override
    public int getDimension() {
      return 2;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
      return new double[] {y[1], -y[0]};
    }
  }
}
