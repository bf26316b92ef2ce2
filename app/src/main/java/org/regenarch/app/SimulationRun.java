package org.regenarch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.io.CsvResultWriter;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SimulationResult;

/**
 * One simulation from model file to {@code OUT.csv} + {@code OUT.csv.json}; shared by single runs
 * and batch jobs.
 *
 * @param settingsFile the settings file the request came from, or null (command-line options)
 */
record SimulationRun(Path model, Path settingsFile, SimulationRequest request, Path out) {

  /** Checks the input files exist, so a typo is reported as invalid input, not a crash. */
  static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new ExitCodes.InvalidInputException(what + " not found: " + file);
    }
  }

  /**
   * Runs it with a model from {@code models}. An empty variable list means: every symbol the model
   * reports ({@link CompiledModel#symbolIds()}, in the engine's order), so nothing is left out.
   */
  void execute(ModelCache models) {
    CompiledModel model = models.get(this.model);
    SimulationRequest r = request;
    if (r.variables().isEmpty()) {
      r = new SimulationRequest(r.start(), r.duration(), r.steps(), model.symbolIds(), r.amountIds(),
          r.concentrationIds(), r.absTol(), r.relTol(), r.solver(), r.parameterOverrides());
    }
    SimulationResult result = model.simulate(r);
    CsvResultWriter.write(out, result);
    Provenance.write(out, this.model, model.modelHash(), settingsFile, r);
  }
}
