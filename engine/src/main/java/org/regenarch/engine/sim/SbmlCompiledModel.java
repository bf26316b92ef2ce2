package org.regenarch.engine.sim;

import java.util.List;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.compile.ModelCompiler;
import org.regenarch.engine.compile.Symbol;

/** A compiled model; each {@link #simulate} call runs on its own {@link Simulation} state. */
public final class SbmlCompiledModel implements CompiledModel {
  private final ModelCompiler.Compiled compiled;
  private final String hash;

  public SbmlCompiledModel(ModelCompiler.Compiled compiled, String hash) {
    this.compiled = compiled;
    this.hash = hash;
  }

  @Override
  public SimulationResult simulate(SimulationRequest request) {
    return new Simulation(compiled, request).run();
  }

  @Override
  public List<String> symbolIds() {
    return compiled.structure().symbols().stream().map(Symbol::id).toList();
  }

  @Override
  public String modelHash() {
    return hash;
  }

  /** The generated Java source (for debugging and the curious). */
  public String generatedSource() {
    return compiled.source();
  }
}
