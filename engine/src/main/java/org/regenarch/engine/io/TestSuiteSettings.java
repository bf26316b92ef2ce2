package org.regenarch.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SolverKind;

/**
 * One run in the SBML Test Suite settings format ({@code key: value} lines; keys start, duration,
 * steps, variables, absolute, relative, amount, concentration). Blank values mean "not given",
 * unknown keys are ignored (later suite versions add keys), lists are comma separated.
 *
 * @param absoluteTolerance {@code NaN} when the file leaves it blank
 * @param relativeTolerance {@code NaN} when the file leaves it blank
 */
public record TestSuiteSettings(
    double start,
    double duration,
    int steps,
    List<String> variables,
    double absoluteTolerance,
    double relativeTolerance,
    Set<String> amount,
    Set<String> concentration) {

  public TestSuiteSettings {
    variables = List.copyOf(variables);
    amount = Set.copyOf(amount);
    concentration = Set.copyOf(concentration);
  }

  /** Reads a settings file; errors name the file and line. */
  public static TestSuiteSettings read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read settings file " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /** Parses settings text; {@code source} names it in error messages. */
  public static TestSuiteSettings parse(String text, String source) {
    Double start = null;
    Double duration = null;
    Integer steps = null;
    List<String> variables = List.of();
    double abs = Double.NaN;
    double rel = Double.NaN;
    Set<String> amount = Set.of();
    Set<String> concentration = Set.of();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new SettingsFormatException(source, lineNo, "expected 'key: value', got '" + line + "'");
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "start" -> start = value.isEmpty() ? null : number(value, key, source, lineNo);
        case "duration" -> duration = value.isEmpty() ? null : number(value, key, source, lineNo);
        case "steps" -> steps = value.isEmpty() ? null : integer(value, source, lineNo);
        case "variables" -> variables = list(value, key, source, lineNo);
        case "absolute" -> abs = value.isEmpty() ? Double.NaN : tolerance(value, key, source, lineNo);
        case "relative" -> rel = value.isEmpty() ? Double.NaN : tolerance(value, key, source, lineNo);
        case "amount" -> amount = new LinkedHashSet<>(list(value, key, source, lineNo));
        case "concentration" -> concentration = new LinkedHashSet<>(list(value, key, source, lineNo));
        default -> { } // extra keys (e.g. future suite fields) are allowed and ignored
      }
    }
    if (duration == null) {
      throw new SettingsFormatException(source, 0, "missing 'duration' (a number >= 0)");
    }
    if (steps == null) {
      throw new SettingsFormatException(source, 0, "missing 'steps' (an integer >= 1)");
    }
    if (variables.isEmpty()) {
      throw new SettingsFormatException(source, 0, "missing 'variables' (comma-separated ids)");
    }
    return new TestSuiteSettings(
        start == null ? 0.0 : start, duration, steps, variables, abs, rel, amount, concentration);
  }

  /**
   * Integrator tolerances relative to the file's: the settings give the tolerance a result is
   * judged with, so the integration itself must be far tighter. The global error of an adaptive
   * solver is a small multiple of its local tolerance; 1e-5 leaves that margin (measured: with 1e-3
   * a few stiff suite cases miss the rule, with 1e-5 none do, at about the same total time).
   */
  public static final double INTEGRATOR_TOLERANCE_FACTOR = 1e-5;

  /** The integrator's relative tolerance never exceeds this (long runs accumulate error). */
  public static final double MAX_INTEGRATOR_REL_TOL = 1e-6;

  /** Nor falls below this: a few hundred ulps, beyond what double precision can deliver. */
  public static final double MIN_INTEGRATOR_REL_TOL = 1e-13;

  /**
   * The run as an engine request, with integrator tolerances {@link #INTEGRATOR_TOLERANCE_FACTOR}
   * times the file's. Blank tolerances fall back to the engine defaults.
   *
   * @param solver the integrator to use
   * @param parameterOverrides initial values to replace (may be empty)
   */
  public SimulationRequest toRequest(SolverKind solver, Map<String, Double> parameterOverrides) {
    return new SimulationRequest(
        start,
        duration,
        steps,
        variables,
        amount,
        concentration,
        Double.isNaN(absoluteTolerance) ? SimulationRequest.DEFAULT_ABS_TOL
            : absoluteTolerance * INTEGRATOR_TOLERANCE_FACTOR,
        Double.isNaN(relativeTolerance) ? SimulationRequest.DEFAULT_REL_TOL
            : Math.max(MIN_INTEGRATOR_REL_TOL,
                Math.min(relativeTolerance * INTEGRATOR_TOLERANCE_FACTOR, MAX_INTEGRATOR_REL_TOL)),
        solver,
        parameterOverrides);
  }

  /**
   * The run with the file's tolerances used as the integrator's own (as speed benchmarks such as
   * sosbench define them), not as result-comparison tolerances.
   */
  public SimulationRequest toRequestWithIntegratorTolerances(SolverKind solver, Map<String, Double> parameterOverrides) {
    return new SimulationRequest(start, duration, steps, variables, amount, concentration,
        Double.isNaN(absoluteTolerance) ? SimulationRequest.DEFAULT_ABS_TOL : absoluteTolerance,
        Double.isNaN(relativeTolerance) ? SimulationRequest.DEFAULT_REL_TOL : relativeTolerance,
        solver, parameterOverrides);
  }

  private static double number(String value, String key, String source, int line) {
    try {
      double d = Double.parseDouble(value);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      if (key.equals("duration") && d < 0) {
        throw new SettingsFormatException(source, line, "'duration' must be >= 0, got " + value);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new SettingsFormatException(
          source, line, "'" + key + "' must be a finite number, got '" + value + "'");
    }
  }

  private static int integer(String value, String source, int line) {
    try {
      // some suite files write steps as "50.0"; accept integral decimals, reject fractions
      double d = Double.parseDouble(value);
      if (d != Math.rint(d) || d < 1 || d > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return (int) d;
    } catch (NumberFormatException e) {
      throw new SettingsFormatException(
          source, line, "'steps' must be an integer >= 1, got '" + value + "'");
    }
  }

  private static double tolerance(String value, String key, String source, int line) {
    double d = number(value, key, source, line);
    if (!(d > 0)) {
      throw new SettingsFormatException(source, line, "'" + key + "' must be > 0, got " + value);
    }
    return d;
  }

  private static List<String> list(String value, String key, String source, int line) {
    List<String> out = new ArrayList<>();
    if (value.isEmpty()) {
      return out;
    }
    for (String part : value.split(",")) {
      String id = part.strip();
      if (id.isEmpty()) {
        throw new SettingsFormatException(source, line, "empty entry in '" + key + "' list: '" + value + "'");
      }
      out.add(id);
    }
    return out;
  }
}
