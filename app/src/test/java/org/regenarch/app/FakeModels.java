package org.regenarch.app;


import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.io.ResultCsv;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SimulationResult;

/** Stand-ins for the engine, so the CLI is tested independently of it. */
final class FakeModels {
  static final Path DECAY = Path.of("src/test/resources/org/regenarch/app/decay.xml");
  static final Path DECAY_SETTINGS = Path.of("src/test/resources/org/regenarch/app/decay-settings.txt");
  static final Path SUITE = Path.of("../engine/src/test/resources/sbml-test-suite/semantic");

  private FakeModels() {}

  /** Exact first-order decay A(t) = A0 exp(-k t) with A0 = 10, k = 0.5 unless overridden. */
  record Decay() implements CompiledModel {
    @Override
    public SimulationResult simulate(SimulationRequest r) {
      double a0 = r.parameterOverrides().getOrDefault("A", 10.0);
      double k = r.parameterOverrides().getOrDefault("k", 0.5);
      double[] times = new double[r.steps() + 1];
      double[][] values = new double[times.length][r.variables().size()];
      for (int i = 0; i < times.length; i++) {
        times[i] = r.outputTime(i);
        for (int c = 0; c < r.variables().size(); c++) {
          values[i][c] = switch (r.variables().get(c)) {
            case "A" -> a0 * Math.exp(-k * times[i]);
            case "C" -> 1.0;
            case "k" -> k;
            default -> throw new IllegalArgumentException("unknown variable " + r.variables().get(c));
          };
        }
      }
      return new SimulationResult(r.variables(), times, values);
    }

    @Override
    public List<String> symbolIds() {
      return List.of("A", "C", "k");
    }

    @Override
    public String modelHash() {
      return "fake-decay-hash";
    }
  }

  /** Answers each suite case with its own expected results (so every case passes). */
  record ExpectedAnswer(Path model) implements CompiledModel {
    @Override
    public SimulationResult simulate(SimulationRequest request) {
      String id = model.getFileName().toString().substring(0, 5);
      ResultCsv e = ResultCsv.read(model.resolveSibling(id + "-results.csv"));
      return new SimulationResult(e.columns(), e.times(), e.values());
    }

    @Override
    public List<String> symbolIds() {
      return List.of();
    }

    @Override
    public String modelHash() {
      return "fake";
    }
  }

  /** A loader returning {@link Decay} and counting loads per file. */
  static final class CountingLoader implements Function<Path, CompiledModel> {
    final Map<Path, AtomicInteger> loads = new ConcurrentHashMap<>();

    @Override
    public CompiledModel apply(Path p) {
      loads.computeIfAbsent(p.getFileName(), k -> new AtomicInteger()).incrementAndGet();
      if (p.getFileName().toString().startsWith("broken")) {
        throw new IllegalStateException("solver failed on " + p.getFileName());
      }
      return new Decay();
    }
  }
}
