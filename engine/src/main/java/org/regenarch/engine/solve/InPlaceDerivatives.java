package org.regenarch.engine.solve;

/**
 * Optional capability of an {@link org.hipparchus.ode.OrdinaryDifferentialEquation}: writes the
 * derivatives into a caller-owned array. {@link RosenbrockIntegrator} uses it in its stage loop to avoid
 * allocating one array per right-hand-side evaluation.
 */
public interface InPlaceDerivatives {

  /**
   * Computes f(t, y) into {@code yDot}.
   *
   * @param t time
   * @param y state (must not be modified)
   * @param yDot output, preallocated, same length as y
   */
  void computeDerivatives(double t, double[] y, double[] yDot);
}
