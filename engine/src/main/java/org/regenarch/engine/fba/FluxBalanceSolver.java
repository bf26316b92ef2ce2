package org.regenarch.engine.fba;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.PivotSelectionRule;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.LocalizedOptimFormats;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.regenarch.engine.fba.FluxBalanceResult.Status;

/**
 * Solves a {@link FluxBalanceProblem} with Hipparchus' two-phase {@link SimplexSolver}: one equality
 * row per balanced species, one inequality (or equality, when lb = ub) per finite bound; fluxes are
 * free variables so reversible reactions may run backwards.
 */
public final class FluxBalanceSolver {

  private FluxBalanceSolver() {}

  public static FluxBalanceResult solve(FluxBalanceProblem p) {
    int n = p.reactionIds().size();
    double[] lower = p.lowerBounds();
    double[] upper = p.upperBounds();
    for (int j = 0; j < n; j++) {
      if (lower[j] > upper[j] || lower[j] == Double.POSITIVE_INFINITY || upper[j] == Double.NEGATIVE_INFINITY) {
        return notOptimal(p, Status.INFEASIBLE, p.source() + ": flux balance problem is infeasible: reaction '"
            + p.reactionIds().get(j) + "' has lower bound " + lower[j] + " above upper bound " + upper[j]);
      }
    }
    List<LinearConstraint> constraints = new ArrayList<>();
    double[][] s = p.stoichiometry();
    for (double[] row : s) {
      if (hasNonZero(row)) {
        constraints.add(new LinearConstraint(row, Relationship.EQ, 0));
      }
    }
    for (int j = 0; j < n; j++) {
      double[] unit = new double[n];
      unit[j] = 1;
      if (lower[j] == upper[j]) {
        constraints.add(new LinearConstraint(unit, Relationship.EQ, lower[j]));
        continue;
      }
      if (Double.isFinite(lower[j])) {
        constraints.add(new LinearConstraint(unit, Relationship.GEQ, lower[j]));
      }
      if (Double.isFinite(upper[j])) {
        constraints.add(new LinearConstraint(unit, Relationship.LEQ, upper[j]));
      }
    }
    double[] c = p.objectiveCoefficients();
    GoalType goal = p.sense() == ObjectiveSense.MAXIMIZE ? GoalType.MAXIMIZE : GoalType.MINIMIZE;
    PointValuePair optimum;
    try {
      optimum = new SimplexSolver().optimize(
          new LinearObjectiveFunction(c, 0),
          new LinearConstraintSet(constraints),
          goal,
          new NonNegativeConstraint(false),
          // FBA problems are highly degenerate (many bounds at 0); Bland's rule cannot cycle (Bland 1977,
          // Math. Oper. Res. 2:103), so no iteration cap is needed: the caller's time limit bounds the run.
          PivotSelectionRule.BLAND,
          MaxIter.unlimited());
    } catch (MathIllegalStateException e) {
      if (e.getSpecifier() == LocalizedOptimFormats.NO_FEASIBLE_SOLUTION) {
        return notOptimal(p, Status.INFEASIBLE, p.source() + ": flux balance problem is infeasible: no flux vector "
            + "satisfies both the steady state (S v = 0 for " + p.balancedSpeciesIds().size()
            + " balanced species) and the flux bounds");
      }
      if (e.getSpecifier() == LocalizedOptimFormats.UNBOUNDED_SOLUTION) {
        return notOptimal(p, Status.UNBOUNDED, p.source() + ": objective '" + p.objectiveId() + "' is unbounded ("
            + p.sense().name().toLowerCase(java.util.Locale.ROOT)
            + "): reactions in it can grow without limit through infinite flux bounds");
      }
      throw new FluxBalanceException(p.source() + ": simplex solver failed: " + e.getMessage());
    }
    double[] v = optimum.getPoint();
    Map<String, Double> fluxes = new LinkedHashMap<>();
    double objective = 0;
    for (int j = 0; j < n; j++) {
      fluxes.put(p.reactionIds().get(j), v[j]);
      objective += c[j] * v[j];
    }
    return new FluxBalanceResult(Status.OPTIMAL, p.objectiveId(), objective, fluxes, "");
  }

  private static boolean hasNonZero(double[] row) {
    for (double x : row) {
      if (x != 0) {
        return true;
      }
    }
    return false;
  }

  private static FluxBalanceResult notOptimal(FluxBalanceProblem p, Status status, String message) {
    Map<String, Double> fluxes = new LinkedHashMap<>();
    for (String id : p.reactionIds()) {
      fluxes.put(id, Double.NaN);
    }
    double objective = status == Status.UNBOUNDED
        ? (p.sense() == ObjectiveSense.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
        : Double.NaN;
    return new FluxBalanceResult(status, p.objectiveId(), objective, fluxes, message);
  }
}
