package org.regenarch.engine.solve;

import org.hipparchus.ode.EquationsMapper;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.AbstractODEStateInterpolator;

/**
 * Dense output of one Rosenbrock step (rodas.f, function CONTRO, generalised as in OrdinaryDiffEq.jl):
 * with s = (t - t0) / h, {@code y(s) = (1-s) y0 + s (y1 + (1-s) P(s))}, P(s) = q_1 + s (q_2 + s (q_3 ...)),
 * exact at both ends of the step.
 */
final class RosenbrockStateInterpolator extends AbstractODEStateInterpolator {

  private static final long serialVersionUID = 20261126L;

  private final double[] yStart;
  private final double[] yEnd;
  private final double[][] q;

  RosenbrockStateInterpolator(
      boolean forward,
      ODEStateAndDerivative globalPreviousState,
      ODEStateAndDerivative globalCurrentState,
      ODEStateAndDerivative softPreviousState,
      ODEStateAndDerivative softCurrentState,
      EquationsMapper mapper,
      double[] yStart,
      double[] yEnd,
      double[][] q) {
    super(forward, globalPreviousState, globalCurrentState, softPreviousState, softCurrentState, mapper);
    this.yStart = yStart;
    this.yEnd = yEnd;
    this.q = q;
  }

  @Override
  protected RosenbrockStateInterpolator create(
      boolean newForward,
      ODEStateAndDerivative newGlobalPreviousState,
      ODEStateAndDerivative newGlobalCurrentState,
      ODEStateAndDerivative newSoftPreviousState,
      ODEStateAndDerivative newSoftCurrentState,
      EquationsMapper newMapper) {
    return new RosenbrockStateInterpolator(newForward, newGlobalPreviousState, newGlobalCurrentState,
        newSoftPreviousState, newSoftCurrentState, newMapper, yStart, yEnd, q);
  }

  @Override
  protected ODEStateAndDerivative computeInterpolatedStateAndDerivatives(
      EquationsMapper mapper, double time, double theta, double thetaH, double oneMinusThetaH) {
    final double h = getGlobalCurrentState().getTime() - getGlobalPreviousState().getTime();
    final double s = theta;
    final double s1 = 1.0 - s;
    final double ds = 1.0 - 2.0 * s; // d/ds of s(1-s)
    final int n = yStart.length;
    final int m = q.length;
    final double[] y = new double[n];
    final double[] yDot = new double[n];
    for (int i = 0; i < n; i++) {
      // Horner for P(s) and P'(s)
      double p = q[m - 1][i];
      double dp = 0.0;
      for (int r = m - 2; r >= 0; r--) {
        dp = dp * s + p;
        p = p * s + q[r][i];
      }
      y[i] = s1 * yStart[i] + s * (yEnd[i] + s1 * p);
      yDot[i] = (yEnd[i] - yStart[i] + ds * p + s * s1 * dp) / h;
    }
    return mapper.mapStateAndDerivative(time, y, yDot);
  }
}
