package org.regenarch.engine.sim;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/** Creates the integrator a request asks for. */
final class Integrators {
  private Integrators() {}

  static ODEIntegrator create(SimulationRequest req, double span) {
    double maxStep = span;
    return switch (req.solver()) {
      case DORMAND_PRINCE, ROSENBROCK -> new DormandPrince853Integrator(0.0, maxStep, req.absTol(), req.relTol());
    };
  }
}
