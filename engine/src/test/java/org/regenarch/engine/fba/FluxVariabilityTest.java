package org.regenarch.engine.fba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.fba.FluxVariability.FluxRange;

class FluxVariabilityTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  /** up: -> A (<= 4); two parallel routes a1, a2: A -> B; out: B ->. Maximise out. */
  private static FluxBalanceProblem parallelRoutes(double upUpper) {
    return new FluxBalanceProblem("parallel", List.of("up", "a1", "a2", "out"), List.of("A", "B"),
        new double[][] {{1, -1, -1, 0}, {0, 1, 1, -1}},
        new double[] {0, 0, 0, 0}, new double[] {upUpper, 3, 3, INF},
        "OBJ", ObjectiveSense.MAXIMIZE, new double[] {0, 0, 0, 1});
  }

  @Test
  void parallelRoutesShareTheOptimalFluxInAnySplit() {
    // out = 4 at the optimum; a1 + a2 = 4 with each <= 3, so each lies in [1, 3]
    Map<String, FluxRange> r = FluxVariability.ranges(parallelRoutes(4), List.of("out", "a1", "a2"), 1e-9);
    assertThat(r.get("out").min()).isCloseTo(4, within(1e-8));
    assertThat(r.get("out").width()).isLessThan(1e-8);
    assertThat(r.get("a1").min()).isCloseTo(1, within(1e-8));
    assertThat(r.get("a1").max()).isCloseTo(3, within(1e-8));
    assertThat(r.get("a2").width()).isCloseTo(2, within(1e-8));
  }

  @Test
  void unboundedLoopFluxGivesInfiniteRange() {
    // a free reversible pair A <-> B in a loop with a fixed throughput: the loop flux is unbounded
    FluxBalanceProblem loop = new FluxBalanceProblem("loop", List.of("up", "f", "b", "out"), List.of("A", "B"),
        new double[][] {{1, -1, 1, 0}, {0, 1, -1, -1}},
        new double[] {0, 0, 0, 0}, new double[] {2, INF, INF, INF},
        "OBJ", ObjectiveSense.MAXIMIZE, new double[] {0, 0, 0, 1});
    FluxRange f = FluxVariability.ranges(loop, List.of("f"), 1e-9).get("f");
    assertThat(f.min()).isCloseTo(2, within(1e-8));
    assertThat(f.max()).isEqualTo(INF);
  }

  @Test
  void problemsWithoutOptimumAndUnknownReactionsAreErrors() {
    // uptake bounds [0, -1] cross: no feasible flux, hence no optimum to fix
    assertThatThrownBy(() -> FluxVariability.ranges(parallelRoutes(-1), List.of("out"), 1e-9))
        .isInstanceOf(FluxBalanceException.class).hasMessageContaining("infeasible");
    assertThatThrownBy(() -> FluxVariability.ranges(parallelRoutes(4), List.of("R99"), 1e-9))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no reaction 'R99'");
  }
}
