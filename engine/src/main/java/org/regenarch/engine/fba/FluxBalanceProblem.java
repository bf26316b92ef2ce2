package org.regenarch.engine.fba;

import java.util.Arrays;
import java.util.List;

/**
 * A flux balance linear program: optimise {@code c · v} subject to {@code S v = 0} for the balanced
 * (non-boundary) species and {@code lb <= v <= ub}. Bounds may be infinite. Arrays are copied in and
 * out, so instances are immutable.
 *
 * @param source names the model in messages (file or "string")
 * @param reactionIds the flux variables, in model order
 * @param balancedSpeciesIds rows of the stoichiometry matrix (species that must be at steady state)
 * @param stoichiometry {@code stoichiometry[species][reaction]}: net stoichiometry (products minus reactants)
 * @param lowerBounds per reaction, {@code -Infinity} when unbounded
 * @param upperBounds per reaction, {@code +Infinity} when unbounded
 * @param objectiveId id of the active objective (the column the suite reports the optimum under)
 * @param sense maximise or minimise
 * @param objectiveCoefficients per reaction (0 when the reaction is not in the objective)
 */
public record FluxBalanceProblem(
    String source,
    List<String> reactionIds,
    List<String> balancedSpeciesIds,
    double[][] stoichiometry,
    double[] lowerBounds,
    double[] upperBounds,
    String objectiveId,
    ObjectiveSense sense,
    double[] objectiveCoefficients) {

  public FluxBalanceProblem {
    reactionIds = List.copyOf(reactionIds);
    balancedSpeciesIds = List.copyOf(balancedSpeciesIds);
    int n = reactionIds.size();
    requireLength("lowerBounds", lowerBounds, n);
    requireLength("upperBounds", upperBounds, n);
    requireLength("objectiveCoefficients", objectiveCoefficients, n);
    if (stoichiometry.length != balancedSpeciesIds.size()) {
      throw new IllegalArgumentException("stoichiometry has " + stoichiometry.length + " rows, expected one per "
          + "balanced species (" + balancedSpeciesIds.size() + ")");
    }
    double[][] rows = new double[stoichiometry.length][];
    for (int i = 0; i < rows.length; i++) {
      requireLength("stoichiometry row of '" + balancedSpeciesIds.get(i) + "'", stoichiometry[i], n);
      rows[i] = stoichiometry[i].clone();
    }
    stoichiometry = rows;
    lowerBounds = lowerBounds.clone();
    upperBounds = upperBounds.clone();
    objectiveCoefficients = objectiveCoefficients.clone();
  }

  private static void requireLength(String name, double[] values, int expected) {
    if (values.length != expected) {
      throw new IllegalArgumentException(name + " has " + values.length + " entries, expected one per reaction ("
          + expected + ")");
    }
  }

  @Override
  public double[][] stoichiometry() {
    return Arrays.stream(stoichiometry).map(double[]::clone).toArray(double[][]::new);
  }

  @Override
  public double[] lowerBounds() {
    return lowerBounds.clone();
  }

  @Override
  public double[] upperBounds() {
    return upperBounds.clone();
  }

  @Override
  public double[] objectiveCoefficients() {
    return objectiveCoefficients.clone();
  }
}
