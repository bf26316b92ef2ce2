package org.regenarch.engine.fba;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.engine.sim.SimulationResult;

/**
 * Outcome of a flux balance analysis. When the problem is infeasible the fluxes and the objective
 * value are NaN (the SBML Test Suite expects NaN, e.g. case 01196); when it is unbounded the
 * objective is infinite in the optimised direction and the fluxes are NaN.
 *
 * @param status optimal, infeasible or unbounded
 * @param objectiveId id of the active objective
 * @param objectiveValue {@code c · v} at the optimum
 * @param fluxes flux per reaction id, in model order
 * @param message empty when optimal, otherwise why there is no optimum (names the model)
 */
public record FluxBalanceResult(
    Status status, String objectiveId, double objectiveValue, Map<String, Double> fluxes, String message) {

  /** Whether the linear program has an optimum. */
  public enum Status {
    OPTIMAL,
    INFEASIBLE,
    UNBOUNDED
  }

  public FluxBalanceResult {
    fluxes = Collections.unmodifiableMap(new LinkedHashMap<>(fluxes));
  }

  /** Reaction ids then the objective id: the columns of a results row. */
  public List<String> columns() {
    List<String> columns = new ArrayList<>(fluxes.keySet());
    columns.add(objectiveId);
    return columns;
  }

  /** Flux of a reaction, or the objective value when {@code id} is the objective id. */
  public double value(String id) {
    if (id.equals(objectiveId)) {
      return objectiveValue;
    }
    Double v = fluxes.get(id);
    if (v == null) {
      throw new IllegalArgumentException("no reaction or objective '" + id + "' in the flux balance result (have "
          + columns() + ")");
    }
    return v;
  }

  /**
   * The result as a one-row table (columns as {@link #columns()}) for code that compares tables, such
   * as the test-suite pass rule. A steady state has no time; the row's time is 0 and flux-balance
   * results files have no time column to compare it with.
   */
  public SimulationResult toSimulationResult() {
    List<String> columns = columns();
    double[] row = new double[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = value(columns.get(i));
    }
    return new SimulationResult(columns, new double[] {0}, new double[][] {row});
  }

  public boolean isOptimal() {
    return status == Status.OPTIMAL;
  }

  /** This result when optimal; otherwise throws with the reason. */
  public FluxBalanceResult requireOptimal() {
    if (!isOptimal()) {
      throw new FluxBalanceException(message);
    }
    return this;
  }
}
