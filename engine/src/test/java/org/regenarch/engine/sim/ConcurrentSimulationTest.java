package org.regenarch.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.SbmlSnippets;

class ConcurrentSimulationTest {

  @Test
  void oneCompiledModelRunsManySimulationsInParallelWithTheirOwnParameters() throws Exception {
    CompiledModel m = Engine.fromString(SbmlSnippets.decay(1.0, 1.0, 0.1), "decay");
    int runs = 64;
    List<double[]> sequential = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      sequential.add(m.simulate(request(i)).values()[10]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> parallel = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        int run = i;
        parallel.add(pool.submit(() -> m.simulate(request(run)).values()[10]));
      }
      for (int i = 0; i < runs; i++) {
        assertThat(parallel.get(i).get()).containsExactly(sequential.get(i));
        assertThat(sequential.get(i)[0]).isEqualTo(Math.exp(-(0.1 + 0.01 * i) * 2.0), org.assertj.core.api.Assertions.within(1e-8));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static SimulationRequest request(int run) {
    return new SimulationRequest(0, 2, 10, List.of("S"), Set.of(), Set.of(), 1e-12, 1e-10,
        SolverKind.ROSENBROCK, Map.of("k", 0.1 + 0.01 * run));
  }
}
