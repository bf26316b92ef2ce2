package org.regenarch.engine;

import java.util.List;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SimulationResult;

/**
 * A model compiled to JVM code. Immutable and thread-safe: any number of simulations may run in
 * parallel, each with its own state and parameter overrides, without recompiling.
 */
public interface CompiledModel {

  /** Runs one time course. */
  SimulationResult simulate(SimulationRequest request);

  /** SBML ids that can be reported or overridden. */
  List<String> symbolIds();

  /** SHA-256 of the model source, recorded beside results for reproducibility. */
  String modelHash();
}
