package org.regenarch.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FiniteDifferencesTest {

  @Test
  void jacobianOfRobertsonMatchesTheAnalyticOne() {
    final ReferenceProblems.RobertsonWithJacobian ode = new ReferenceProblems.RobertsonWithJacobian();
    final double[] y = {0.7, 2.0e-5, 0.3};
    final double[] f0 = new double[3];
    ode.computeDerivatives(0, y, f0);
    final double[][] numeric = new double[3][3];
    final double[] typical = {1e-4, 1e-4, 1e-4};
    FiniteDifferences.jacobian(ode::computeDerivatives, 0, y, f0, typical, new double[3], numeric);
    final double[][] analytic = new double[3][3];
    ode.computeJacobian(0, y, f0, analytic);
    assertThat(y).containsExactly(0.7, 2.0e-5, 0.3);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(numeric[i][j]).as("dfdy[%d][%d]", i, j)
            .isCloseTo(analytic[i][j], within(1e-6 * Math.max(1, Math.abs(analytic[i][j]))));
      }
    }
  }

  @Test
  void timeDerivativeMatchesTheAnalyticOne() {
    final ReferenceProblems.ProtheroRobinson ode = new ReferenceProblems.ProtheroRobinson(10);
    final double t = 1.3;
    final double[] y = {0.2};
    final double[] f0 = ode.computeDerivatives(t, y);
    final double[] dfdt = new double[1];
    FiniteDifferences.timeDerivative((tt, yy, out) -> out[0] = ode.computeDerivatives(tt, yy)[0],
        t, y, f0, new double[1], dfdt);
    // d/dt [-10 (y - cos t) - sin t] = -10 sin t - cos t
    assertThat(dfdt[0]).isCloseTo(-10 * Math.sin(t) - Math.cos(t), within(1e-6));
  }
}
