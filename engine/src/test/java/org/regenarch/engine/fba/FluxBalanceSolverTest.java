package org.regenarch.engine.fba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.fba.FluxBalanceResult.Status;

/** Small linear programs whose optimum is known by hand or from a textbook. */
class FluxBalanceSolverTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double TOL = 1e-9;

  private static FluxBalanceProblem problem(List<String> reactions, List<String> species, double[][] s,
      double[] lb, double[] ub, ObjectiveSense sense, double[] c) {
    return new FluxBalanceProblem("test", reactions, species, s, lb, ub, "OBJ", sense, c);
  }

  /** X -> A -> B -> Y with uptake at most 10: every flux is 10. */
  private static FluxBalanceProblem chain(double uptakeLower, double uptakeUpper, double outLower) {
    return problem(List.of("up", "conv", "out"), List.of("A", "B"),
        new double[][] {{1, -1, 0}, {0, 1, -1}},
        new double[] {uptakeLower, -INF, outLower}, new double[] {uptakeUpper, INF, INF},
        ObjectiveSense.MAXIMIZE, new double[] {0, 0, 1});
  }

  @Test
  void linearChainCarriesTheUptakeLimit() {
    FluxBalanceResult r = FluxBalanceSolver.solve(chain(0, 10, 0));
    assertThat(r.status()).isEqualTo(Status.OPTIMAL);
    assertThat(r.objectiveValue()).isCloseTo(10, within(TOL));
    assertThat(r.fluxes().values()).allSatisfy(v -> assertThat(v).isCloseTo(10, within(TOL)));
    assertThat(r.columns()).containsExactly("up", "conv", "out", "OBJ");
    assertThat(r.value("OBJ")).isCloseTo(10, within(TOL));
    assertThat(r.toSimulationResult().value(0, "conv")).isCloseTo(10, within(TOL));
  }

  @Test
  void higherYieldRouteIsFilledFirst() {
    // up: -> A (<= 6); r1: A -> P; r2: 2 A -> 3 P (<= 2); out: P ->. Best: r2 = 2 (4 A -> 6 P), r1 = 2, out = 8.
    FluxBalanceProblem p = problem(List.of("up", "r1", "r2", "out"), List.of("A", "P"),
        new double[][] {{1, -1, -2, 0}, {0, 1, 3, -1}},
        new double[] {0, 0, 0, 0}, new double[] {6, INF, 2, INF},
        ObjectiveSense.MAXIMIZE, new double[] {0, 0, 0, 1});
    FluxBalanceResult r = FluxBalanceSolver.solve(p);
    assertThat(r.objectiveValue()).isCloseTo(8, within(TOL));
    assertThat(r.value("r1")).isCloseTo(2, within(TOL));
    assertThat(r.value("r2")).isCloseTo(2, within(TOL));
    assertThat(r.value("up")).isCloseTo(6, within(TOL));
  }

  @Test
  void minimisingUptakeForARequiredOutputUsesTheEfficientRoute() {
    // same network, no cap on r2, out >= 3: minimal uptake is 2 (2 A -> 3 P once)
    FluxBalanceProblem p = problem(List.of("up", "r1", "r2", "out"), List.of("A", "P"),
        new double[][] {{1, -1, -2, 0}, {0, 1, 3, -1}},
        new double[] {0, 0, 0, 3}, new double[] {INF, INF, INF, INF},
        ObjectiveSense.MINIMIZE, new double[] {1, 0, 0, 0});
    FluxBalanceResult r = FluxBalanceSolver.solve(p);
    assertThat(r.objectiveValue()).isCloseTo(2, within(TOL));
    assertThat(r.value("r1")).isCloseTo(0, within(TOL));
    assertThat(r.value("r2")).isCloseTo(1, within(TOL));
  }

  @Test
  void reversibleReactionRunsBackwardsToItsLowerBound() {
    FluxBalanceProblem p = problem(List.of("r"), List.of(), new double[0][],
        new double[] {-5}, new double[] {5}, ObjectiveSense.MINIMIZE, new double[] {1});
    assertThat(FluxBalanceSolver.solve(p).value("r")).isCloseTo(-5, within(TOL));
  }

  @Test
  void textbookLinearProgramWyndorGlass() {
    // Hillier & Lieberman, Introduction to Operations Research, ch. 3 (Wyndor Glass Co.):
    // max 3x + 5y s.t. x <= 4, 2y <= 12, 3x + 2y <= 18, x, y >= 0; optimum x = 2, y = 6, Z = 36.
    // As a network: plant capacities are supply reactions of three balanced resources.
    FluxBalanceProblem p = problem(List.of("x", "y", "plant1", "plant2", "plant3"), List.of("h1", "h2", "h3"),
        new double[][] {{-1, 0, 1, 0, 0}, {0, -2, 0, 1, 0}, {-3, -2, 0, 0, 1}},
        new double[] {0, 0, 0, 0, 0}, new double[] {INF, INF, 4, 12, 18},
        ObjectiveSense.MAXIMIZE, new double[] {3, 5, 0, 0, 0});
    FluxBalanceResult r = FluxBalanceSolver.solve(p);
    assertThat(r.value("x")).isCloseTo(2, within(TOL));
    assertThat(r.value("y")).isCloseTo(6, within(TOL));
    assertThat(r.objectiveValue()).isCloseTo(36, within(TOL));
  }

  @Test
  void infeasibleProblemGivesNaNAndAClearError() {
    // uptake at most 1 but output at least 2
    FluxBalanceResult r = FluxBalanceSolver.solve(chain(0, 1, 2));
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.objectiveValue()).isNaN();
    assertThat(r.fluxes().values()).allSatisfy(v -> assertThat(v).isNaN());
    assertThat(r.message()).startsWith("test: flux balance problem is infeasible").contains("2 balanced species");
    assertThatThrownBy(r::requireOptimal).isInstanceOf(FluxBalanceException.class).hasMessage(r.message());
  }

  @Test
  void crossedBoundsAreInfeasibleAndNameTheReaction() {
    FluxBalanceResult r = FluxBalanceSolver.solve(chain(3, 1, 0));
    assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    assertThat(r.message()).contains("reaction 'up' has lower bound 3.0 above upper bound 1.0");
  }

  @Test
  void unboundedProblemGivesInfiniteObjectiveAndAClearError() {
    FluxBalanceResult max = FluxBalanceSolver.solve(chain(0, INF, 0));
    assertThat(max.status()).isEqualTo(Status.UNBOUNDED);
    assertThat(max.objectiveValue()).isEqualTo(INF);
    assertThat(max.message()).contains("objective 'OBJ' is unbounded (maximize)");
    assertThatThrownBy(max::requireOptimal).isInstanceOf(FluxBalanceException.class).hasMessageContaining("unbounded");

    FluxBalanceProblem free = problem(List.of("r"), List.of(), new double[0][],
        new double[] {-INF}, new double[] {INF}, ObjectiveSense.MINIMIZE, new double[] {1});
    FluxBalanceResult min = FluxBalanceSolver.solve(free);
    assertThat(min.status()).isEqualTo(Status.UNBOUNDED);
    assertThat(min.objectiveValue()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void problemRejectsArraysOfTheWrongLength() {
    assertThatThrownBy(() -> problem(List.of("a", "b"), List.of(), new double[0][],
        new double[] {0}, new double[] {1, 1}, ObjectiveSense.MAXIMIZE, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowerBounds has 1 entries");
  }
}
