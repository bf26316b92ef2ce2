package org.regenarch.engine.fba;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SimulationResult;
import org.regenarch.engine.sim.SolverKind;

/**
 * Initial values (t = 0) of parameters and species references set by initial assignments or rules,
 * computed by the time-course engine from the model's core part. FBA reads flux bounds and
 * stoichiometries at t = 0 (fbc version 2 defines the bounds as the values of the referenced parameters;
 * test cases 01617-01630 set them by initial assignments and assignment rules).
 */
final class CoreInitialValues {
  private CoreInitialValues() {}

  /** Values of {@code ids} at t = 0, evaluated by the engine on {@code xml} with fbc removed. */
  static Map<String, Double> evaluate(String xml, String source, List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    CompiledModel core = Engine.fromString(CoreModelXml.withoutFbc(xml, source), source);
    // A zero-length run reports the initial values only; the solver is never stepped.
    SimulationRequest atStart = new SimulationRequest(0, 0, 1, ids, Set.of(), Set.of(),
        SimulationRequest.DEFAULT_ABS_TOL, SimulationRequest.DEFAULT_REL_TOL, SolverKind.ROSENBROCK, Map.of());
    SimulationResult result = core.simulate(atStart);
    Map<String, Double> values = new HashMap<>();
    for (String id : ids) {
      values.put(id, result.value(0, id));
    }
    return values;
  }
}
