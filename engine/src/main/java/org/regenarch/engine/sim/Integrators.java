package org.regenarch.engine.sim;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.regenarch.engine.solve.RosenbrockIntegrator;

/** Creates the integrator a request asks for. */
final class Integrators {
  private Integrators() {}

  /**
   * @param solver the method
   * @param absTol absolute tolerance
   * @param relTol relative tolerance
   * @param span length of the integration interval (the largest step allowed)
   * @param autonomous the right-hand side does not read time
   */
  static ODEIntegrator create(SolverKind solver, double absTol, double relTol, double span, boolean autonomous) {
    return switch (solver) {
      case DORMAND_PRINCE -> new DormandPrince853Integrator(0.0, span, absTol, relTol);
      case ROSENBROCK -> {
        RosenbrockIntegrator r = new RosenbrockIntegrator(0.0, span, absTol, relTol);
        r.setAutonomous(autonomous);
        yield r;
      }
    };
  }
}
