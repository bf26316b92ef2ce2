package org.regenarch.engine.sim;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.regenarch.engine.solve.RosenbrockIntegrator;

/** Creates the integrator a request asks for. */
final class Integrators {
  private Integrators() {}

  /**
   * @param span length of the integration interval (the largest step allowed)
   * @param autonomous the right-hand side does not read time
   */
  static ODEIntegrator create(SimulationRequest req, double span, boolean autonomous) {
    return switch (req.solver()) {
      case DORMAND_PRINCE -> new DormandPrince853Integrator(0.0, span, req.absTol(), req.relTol());
      case ROSENBROCK -> {
        RosenbrockIntegrator r = new RosenbrockIntegrator(0.0, span, req.absTol(), req.relTol());
        r.setAutonomous(autonomous);
        yield r;
      }
    };
  }
}
