package org.regenarch.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.io.TestSuiteSettings;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SolverKind;

/**
 * Times load + compile and simulation of benchmark models: warm-up runs first (JIT), then the
 * median of the timed runs. Each timed call runs under a time limit, so one slow solver/model pair
 * cannot stall the whole benchmark.
 */
final class Benchmark {
  /** Stack as the launcher's main thread (-Xss16m): compilation recurses over the math. */
  static final long STACK_BYTES = 16L * 1024 * 1024;

  /** A model with its run settings. */
  record Case(String name, Path model, Path settings) {}

  /** One table row. {@code simMs} is NaN when {@code error} is set. */
  record Row(String model, String solver, double loadMs, double simMs, int runs, double ratio, String error) {}

  private final Function<Path, CompiledModel> loader;
  private final int warmup;
  private final int runs;
  private final long limitMillis;

  Benchmark(Function<Path, CompiledModel> loader, int warmup, int runs, long limitMillis) {
    this.loader = loader;
    this.warmup = warmup;
    this.runs = runs;
    this.limitMillis = limitMillis;
  }

  /**
   * Measures every case with every solver. Ratio: the row's median simulation time divided by
   * that of the reference row (the first row with a result), measured in this same session.
   */
  List<Row> run(List<Case> cases, List<SolverKind> solvers) {
    return run(cases, solvers, null);
  }

  /**
   * As {@link #run(List, List)}, with the reference row chosen by model name (its first solver
   * row with a result); null for the first row with a result.
   */
  List<Row> run(List<Case> cases, List<SolverKind> solvers, String referenceModel) {
    ExecutorService worker = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(null, r, "bench", STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Row> rows = new ArrayList<>();
      for (Case c : cases) {
        rows.addAll(measure(c, solvers, worker));
      }
      double ref = rows.stream()
          .filter(r -> referenceModel == null || r.model().equals(referenceModel))
          .mapToDouble(Row::simMs).filter(d -> !Double.isNaN(d)).findFirst().orElse(Double.NaN);
      return rows.stream()
          .map(r -> new Row(r.model(), r.solver(), r.loadMs(), r.simMs(), r.runs(), r.simMs() / ref, r.error()))
          .toList();
    } finally {
      worker.shutdownNow();
    }
  }

  private List<Row> measure(Case c, List<SolverKind> solvers, ExecutorService worker) {
    List<Row> rows = new ArrayList<>();
    CompiledModel model;
    double loadMs;
    TestSuiteSettings settings;
    try {
      settings = TestSuiteSettings.read(c.settings());
      double[] loads = new double[runs];
      CompiledModel[] last = new CompiledModel[1];
      for (int i = 0; i < warmup + runs; i++) {
        long t0 = System.nanoTime();
        last[0] = timed(worker, () -> loader.apply(c.model()));
        if (i >= warmup) {
          loads[i - warmup] = (System.nanoTime() - t0) / 1e6;
        }
      }
      model = last[0];
      loadMs = median(loads);
    } catch (Exception | StackOverflowError e) {
      for (SolverKind s : solvers) {
        rows.add(new Row(c.name(), s.cliName(), Double.NaN, Double.NaN, 0, Double.NaN, describe(e)));
      }
      return rows;
    }
    for (SolverKind s : solvers) {
      // sosbench settings are the integrator tolerances every simulator is timed with; suite
      // settings are result-comparison tolerances (the integrator then runs tighter).
      SimulationRequest request = c.name().startsWith("sosbench")
          ? settings.toRequestWithIntegratorTolerances(s, java.util.Map.of())
          : settings.toRequest(s, java.util.Map.of());
      try {
        double[] times = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
          long t0 = System.nanoTime();
          timed(worker, () -> model.simulate(request));
          if (i >= warmup) {
            times[i - warmup] = (System.nanoTime() - t0) / 1e6;
          }
        }
        rows.add(new Row(c.name(), s.cliName(), loadMs, median(times), runs, Double.NaN, null));
      } catch (Exception | StackOverflowError e) {
        rows.add(new Row(c.name(), s.cliName(), loadMs, Double.NaN, 0, Double.NaN, describe(e)));
      }
    }
    return rows;
  }

  private <T> T timed(ExecutorService worker, java.util.concurrent.Callable<T> task) throws Exception {
    Future<T> f = worker.submit(task);
    try {
      return f.get(limitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new TimeoutException("timeout: no result within " + limitMillis / 1000.0 + " s");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      if (e.getCause() instanceof StackOverflowError so) {
        throw so;
      }
      throw e;
    }
  }

  static String describe(Throwable e) {
    if (e instanceof UnsupportedFeatureException) {
      return "unsupported: " + e.getMessage();
    }
    if (e instanceof TimeoutException) {
      return e.getMessage();
    }
    return "error: " + (e.getMessage() == null || e instanceof Error
        ? e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        : e.getMessage());
  }

  /** Median (mean of the two middle values for an even count). */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }
}
