package org.regenarch.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.io.TestSuiteSettings;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SolverKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate an SBML model (time course). Writes OUT.csv and a provenance sidecar OUT.csv.json "
          + "(software version, model SHA-256, settings file and its SHA-256, solver, tolerances, "
          + "parameter overrides, output SHA-256, UTC time).",
      "",
      "  simulate MODEL.xml --settings NNNNN-settings.txt --out OUT.csv",
      "  simulate MODEL.xml --start 0 --duration 100 --steps 100 [--variables a,b] [options] --out OUT.csv",
      "  simulate --batch JOBS.txt",
      "",
      "OUT.csv: header 'time,' + the variables in the requested order, then one row per output time "
          + "(steps + 1 rows), numbers in full double precision (shortest round-trip form).",
      "Without --variables, every symbol the compiled model reports is written, in the engine's "
          + "order (CompiledModel.symbolIds(): compartments, parameters, species, species references, "
          + "reaction rates), so nothing is silently left out.",
      "With --settings, the options --abs-tol, --rel-tol, --solver and --param override the file.",
      "JOBS.txt: one job per line 'MODEL SETTINGS OUT', whitespace separated; blank lines and "
          + "# comments are ignored; relative paths are resolved against the jobs file's folder. "
          + "Jobs run in parallel in one JVM, each distinct model compiled once; one failing job does "
          + "not stop the others; each failure is printed on stderr as 'JOBS.txt:LINE: message'.",
      ""
    },
    footer = {"", "Exit codes: 0 ok, 1 failure (any failed batch job), 2 invalid input (or every failed job had invalid input)."})
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "SBML file (Level 2 V1 to Level 3 V2).")
  Path model;

  @Option(names = "--settings", paramLabel = "FILE", description = "Run settings in the SBML Test Suite format.")
  Path settings;

  @Option(names = "--start", description = "Start time (default 0).")
  Double start;

  @Option(names = "--duration", description = "Length of the time course.")
  Double duration;

  @Option(names = "--steps", description = "Number of output intervals (rows = steps + 1).")
  Integer steps;

  @Option(names = "--variables", split = ",", paramLabel = "ID", description = "Columns to report, in order.")
  List<String> variables = new ArrayList<>();

  @Option(names = "--amount", split = ",", paramLabel = "ID", description = "Species reported as amounts.")
  List<String> amount = new ArrayList<>();

  @Option(names = "--concentration", split = ",", paramLabel = "ID", description = "Species reported as concentrations.")
  List<String> concentration = new ArrayList<>();

  @Option(names = "--abs-tol", description = "Integrator absolute tolerance (default: " + TestSuiteSettings.INTEGRATOR_TOLERANCE_FACTOR
      + " x the settings file's result tolerance, else " + SimulationRequest.DEFAULT_ABS_TOL + ").")
  Double absTol;

  @Option(names = "--rel-tol", description = "Integrator relative tolerance (default: " + TestSuiteSettings.INTEGRATOR_TOLERANCE_FACTOR
      + " x the settings file's result tolerance, within 1e-13..1e-6, else " + SimulationRequest.DEFAULT_REL_TOL + ").")
  Double relTol;

  @Option(names = "--solver", paramLabel = "NAME", description = "rosenbrock (stiff, default) or dormand-prince (non-stiff).")
  String solver;

  @Option(names = "--param", paramLabel = "ID=VALUE", description = "Override an initial value (repeatable).")
  Map<String, Double> params = new LinkedHashMap<>();

  @Option(names = "--seed", description = "Seed for the random order of simultaneous equal-priority events (default "
      + SimulationRequest.DEFAULT_SEED + "; recorded in the sidecar).")
  Long seed;

  @Option(names = "--out", paramLabel = "OUT.csv", description = "Output CSV (a sidecar OUT.csv.json is written beside it).")
  Path out;

  @Option(names = "--batch", paramLabel = "JOBS.txt", description = "Run the jobs in this file instead (no other options except --solver, --threads).")
  Path batch;

  @Option(names = "--threads", description = "Parallel batch jobs (default: all cores).")
  Integer threads;

  /** How models are compiled; tests replace it with a fake. */
  Function<Path, CompiledModel> loader = Engine::load;

  @Override
  public Integer call() {
    SolverKind kind = solver == null ? SolverKind.ROSENBROCK : SolverKind.fromName(solver);
    if (batch != null) {
      return runBatch(kind);
    }
    if (model == null) {
      throw new ExitCodes.InvalidInputException("missing MODEL (or --batch JOBS.txt)");
    }
    if (out == null) {
      throw new ExitCodes.InvalidInputException("missing --out OUT.csv");
    }
    if (threads != null) {
      throw new ExitCodes.InvalidInputException("--threads only applies to --batch");
    }
    SimulationRun.requireFile(model, "model file");
    SimulationRequest request = settings != null ? fromSettings(kind) : fromOptions(kind);
    if (seed != null) {
      request = request.withSeed(seed);
    }
    new SimulationRun(model, settings, request, out).execute(new ModelCache(loader));
    return ExitCodes.OK;
  }

  private SimulationRequest fromSettings(SolverKind kind) {
    if (start != null || duration != null || steps != null || !variables.isEmpty() || !amount.isEmpty()
        || !concentration.isEmpty()) {
      throw new ExitCodes.InvalidInputException(
          "--settings gives start, duration, steps, variables, amount and concentration; "
              + "do not combine it with --start/--duration/--steps/--variables/--amount/--concentration");
    }
    SimulationRun.requireFile(settings, "settings file");
    SimulationRequest r = TestSuiteSettings.read(settings).toRequest(kind, params);
    return new SimulationRequest(r.start(), r.duration(), r.steps(), r.variables(), r.amountIds(),
        r.concentrationIds(), absTol == null ? r.absTol() : absTol, relTol == null ? r.relTol() : relTol,
        kind, params);
  }

  private SimulationRequest fromOptions(SolverKind kind) {
    if (duration == null || steps == null) {
      throw new ExitCodes.InvalidInputException(
          "give either --settings FILE or --duration and --steps (and optionally --start)");
    }
    List<String> unique = List.copyOf(new LinkedHashSet<>(variables));
    if (unique.size() != variables.size()) {
      throw new ExitCodes.InvalidInputException("--variables lists an id twice: " + variables);
    }
    return new SimulationRequest(start == null ? 0.0 : start, duration, steps, variables,
        new LinkedHashSet<>(amount), new LinkedHashSet<>(concentration),
        absTol == null ? SimulationRequest.DEFAULT_ABS_TOL : absTol,
        relTol == null ? SimulationRequest.DEFAULT_REL_TOL : relTol, kind, params);
  }

  private int runBatch(SolverKind kind) {
    if (model != null || settings != null || out != null || start != null || duration != null || steps != null
        || !variables.isEmpty() || !amount.isEmpty() || !concentration.isEmpty() || absTol != null
        || relTol != null || !params.isEmpty()) {
      throw new ExitCodes.InvalidInputException(
          "--batch takes its jobs from the file; only --solver and --threads may be combined with it");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new ExitCodes.InvalidInputException("--threads must be >= 1, got " + n);
    }
    List<BatchFile.Line> lines = BatchFile.read(batch);
    List<BatchRunner.Failure> failures = new BatchRunner(new ModelCache(loader), n, kind).run(lines);
    var err = spec.commandLine().getErr();
    for (BatchRunner.Failure f : failures) {
      err.println(batch + ":" + f.line() + ": " + f.message());
    }
    err.flush();
    return BatchRunner.exitCode(failures);
  }
}
