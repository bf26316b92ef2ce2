package org.regenarch.engine.solve;

/**
 * Optional capability of an {@link org.hipparchus.ode.OrdinaryDifferentialEquation}: analytic partial
 * derivatives for implicit / linearly implicit (stiff) solvers such as {@link RosenbrockIntegrator}.
 *
 * <p>When the equation does not implement this interface the integrator falls back to forward finite
 * differences (see {@link FiniteDifferences}).
 */
public interface JacobianProvider {

  /**
   * Computes the Jacobian of the right-hand side.
   *
   * @param t time
   * @param y state (must not be modified)
   * @param yDot f(t, y), already computed by the caller (must not be modified)
   * @param dfdy output, preallocated n x n: {@code dfdy[i][j] = d f_i / d y_j}
   */
  void computeJacobian(double t, double[] y, double[] yDot, double[][] dfdy);

  /**
   * Computes the explicit time derivative {@code d f / d t} (needed by Rosenbrock methods for
   * non-autonomous systems).
   *
   * @param t time
   * @param y state (must not be modified)
   * @param yDot f(t, y) (must not be modified)
   * @param dfdt output, preallocated, length n
   * @return true if {@code dfdt} was filled; false (the default) lets the integrator use a finite
   *     difference in time. An autonomous system should fill zeros and return true.
   */
  default boolean computeTimeDerivative(double t, double[] y, double[] yDot, double[] dfdt) {
    return false;
  }
}
