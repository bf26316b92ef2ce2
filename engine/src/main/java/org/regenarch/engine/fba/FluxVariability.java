package org.regenarch.engine.fba;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flux variability analysis (Mahadevan and Schilling 2003, Metab. Eng. 5:264): the range of each
 * reaction's flux over all flux vectors whose objective is optimal. A range of width zero means the
 * flux is the same in every optimal solution; a wider range means alternative optima, where the flux
 * a simplex solver reports depends on its pivoting.
 */
public final class FluxVariability {

  /** Id of the pseudo-reaction that carries {@code c · v}; contains a blank, so it is no SBML SId. */
  private static final String OBJECTIVE_FLUX = "objective value";

  private FluxVariability() {}

  /** Minimum and maximum flux of one reaction over the optimal solutions. */
  public record FluxRange(double min, double max) {
    public double width() {
      return max - min;
    }
  }

  /**
   * Ranges of {@code reactionIds} while {@code c · v} stays within {@code relativeOptimumSlack * max(1, |z|)}
   * of the optimum z (a slack > 0 keeps the fixed-objective LP feasible despite rounding).
   *
   * @throws FluxBalanceException when the problem itself has no optimum
   */
  public static Map<String, FluxRange> ranges(FluxBalanceProblem p, List<String> reactionIds,
      double relativeOptimumSlack) {
    double optimum = FluxBalanceSolver.solve(p).requireOptimal().objectiveValue();
    double slack = relativeOptimumSlack * Math.max(1, Math.abs(optimum));
    int n = p.reactionIds().size();

    // One extra row c · v - w = 0 and one extra variable w fixed near the optimum.
    List<String> reactions = new ArrayList<>(p.reactionIds());
    reactions.add(OBJECTIVE_FLUX);
    List<String> rows = new ArrayList<>(p.balancedSpeciesIds());
    rows.add(OBJECTIVE_FLUX);
    double[][] s = p.stoichiometry();
    double[][] fixed = new double[s.length + 1][];
    for (int i = 0; i < s.length; i++) {
      fixed[i] = Arrays.copyOf(s[i], n + 1);
    }
    fixed[s.length] = Arrays.copyOf(p.objectiveCoefficients(), n + 1);
    fixed[s.length][n] = -1;
    double[] lower = Arrays.copyOf(p.lowerBounds(), n + 1);
    double[] upper = Arrays.copyOf(p.upperBounds(), n + 1);
    lower[n] = optimum - slack;
    upper[n] = optimum + slack;

    Map<String, FluxRange> ranges = new LinkedHashMap<>();
    for (String id : reactionIds) {
      int j = p.reactionIds().indexOf(id);
      if (j < 0) {
        throw new IllegalArgumentException(p.source() + ": no reaction '" + id + "' (have " + p.reactionIds() + ")");
      }
      double[] unit = new double[n + 1];
      unit[j] = 1;
      double min = extreme(p, reactions, rows, fixed, lower, upper, unit, ObjectiveSense.MINIMIZE, id);
      double max = extreme(p, reactions, rows, fixed, lower, upper, unit, ObjectiveSense.MAXIMIZE, id);
      ranges.put(id, new FluxRange(min, max));
    }
    return ranges;
  }

  private static double extreme(FluxBalanceProblem p, List<String> reactions, List<String> rows, double[][] s,
      double[] lower, double[] upper, double[] unit, ObjectiveSense sense, String id) {
    FluxBalanceResult r = FluxBalanceSolver.solve(
        new FluxBalanceProblem(p.source(), reactions, rows, s, lower, upper, id, sense, unit));
    return switch (r.status()) {
      case OPTIMAL -> r.value(id);
      case UNBOUNDED -> r.objectiveValue(); // the flux is unbounded in this direction: +/- infinity
      case INFEASIBLE -> throw new FluxBalanceException(p.source() + ": flux variability of '" + id
          + "' is infeasible with the objective fixed at its optimum; increase the slack (" + r.message() + ")");
    };
  }
}
