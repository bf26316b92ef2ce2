package org.regenarch.engine.sim;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One time-course run: output at {@code start + i * duration / steps} for i = 0..steps.
 *
 * @param variables ids to report, in order (species, compartments, parameters, species references)
 * @param amountIds species reported as amounts (others reported as concentrations unless the species
 *     has only substance units)
 * @param concentrationIds species reported as concentrations
 * @param parameterOverrides initial values replacing those in the model (by SBML id)
 * @param seed seeds the random choice among simultaneous events of equal priority (SBML leaves
 *     their order random); the same seed gives the same run
 * @param finiteDifferenceJacobian use finite differences even where the generated analytic
 *     Jacobian exists (for checking and benchmarking)
 */
public record SimulationRequest(
    double start,
    double duration,
    int steps,
    List<String> variables,
    Set<String> amountIds,
    Set<String> concentrationIds,
    double absTol,
    double relTol,
    SolverKind solver,
    Map<String, Double> parameterOverrides,
    long seed,
    boolean finiteDifferenceJacobian) {

  public static final double DEFAULT_ABS_TOL = 1e-10;
  /** Most output intervals a run may ask for (the result holds steps + 1 rows in memory). */
  public static final int MAX_STEPS = 50_000_000;

  /** Seed used when none is given, so that runs are reproducible by default. */
  public static final long DEFAULT_SEED = 20261126L;

  /** A request with the default seed. */
  public SimulationRequest(double start, double duration, int steps, List<String> variables,
      Set<String> amountIds, Set<String> concentrationIds, double absTol, double relTol,
      SolverKind solver, Map<String, Double> parameterOverrides) {
    this(start, duration, steps, variables, amountIds, concentrationIds, absTol, relTol, solver,
        parameterOverrides, DEFAULT_SEED, false);
  }

  /** The same run with another seed. */
  public SimulationRequest withSeed(long newSeed) {
    return new SimulationRequest(start, duration, steps, variables, amountIds, concentrationIds, absTol,
        relTol, solver, parameterOverrides, newSeed, finiteDifferenceJacobian);
  }

  /** The same run with the Jacobian by finite differences ({@code true}) or analytic where available. */
  public SimulationRequest withFiniteDifferenceJacobian(boolean fd) {
    return new SimulationRequest(start, duration, steps, variables, amountIds, concentrationIds, absTol,
        relTol, solver, parameterOverrides, seed, fd);
  }
  public static final double DEFAULT_REL_TOL = 1e-8;

  public SimulationRequest {
    if (!(duration >= 0) || Double.isInfinite(duration)) {
      throw new IllegalArgumentException("duration must be a finite number >= 0, got " + duration);
    }
    if (!Double.isFinite(start)) {
      throw new IllegalArgumentException("start must be a finite number, got " + start);
    }
    if (steps < 1 || steps > MAX_STEPS) {
      throw new IllegalArgumentException("steps must be between 1 and " + MAX_STEPS + ", got " + steps);
    }
    for (Map.Entry<String, Double> o : parameterOverrides.entrySet()) {
      if (o.getValue() == null || !Double.isFinite(o.getValue())) {
        throw new IllegalArgumentException("override of '" + o.getKey() + "' must be a finite number, got " + o.getValue());
      }
    }
    if (!(absTol > 0) || !(relTol > 0)) {
      throw new IllegalArgumentException("tolerances must be > 0, got abs " + absTol + ", rel " + relTol);
    }
    for (String id : amountIds) {
      if (concentrationIds.contains(id)) {
        throw new IllegalArgumentException("'" + id + "' is asked for both as an amount and as a concentration");
      }
    }
    variables = List.copyOf(variables);
    amountIds = Set.copyOf(amountIds);
    concentrationIds = Set.copyOf(concentrationIds);
    parameterOverrides = Map.copyOf(parameterOverrides);
  }

  public double outputTime(int i) {
    return i == steps ? start + duration : start + i * (duration / steps);
  }
}
