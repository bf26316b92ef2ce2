package org.regenarch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.regenarch.engine.io.TestSuiteSettings;
import org.regenarch.engine.sim.SolverKind;

/**
 * Runs the jobs of a jobs file in one JVM, in parallel, each model compiled once. One failing job
 * never stops the others; failures come back per line, in line order.
 */
final class BatchRunner {
  /** Same stack as the launcher's main thread (-Xss16m in ./regenarch): models recurse deeply. */
  static final long JOB_STACK_BYTES = 16L * 1024 * 1024;

  private final ModelCache models;
  private final int threads;
  private final SolverKind solver;

  BatchRunner(ModelCache models, int threads, SolverKind solver) {
    this.models = models;
    this.threads = threads;
    this.solver = solver;
  }

  /** A failed line. {@code invalidInput}: the user's input was at fault (exit code 2). */
  record Failure(int line, String message, boolean invalidInput) {}

  List<Failure> run(List<BatchFile.Line> lines) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(null, r, "batch-job-" + n.incrementAndGet(), JOB_STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Failure>> futures = new ArrayList<>();
      for (BatchFile.Line line : lines) {
        futures.add(pool.submit(() -> runLine(line)));
      }
      List<Failure> failures = new ArrayList<>();
      for (Future<Failure> f : futures) {
        Failure failure = f.get();
        if (failure != null) {
          failures.add(failure);
        }
      }
      return failures;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("batch harness failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one line; returns null on success. Never throws. */
  private Failure runLine(BatchFile.Line line) {
    if (!line.valid()) {
      return new Failure(line.number(), line.error(), true);
    }
    try {
      SimulationRun.requireFile(line.model(), "model file");
      SimulationRun.requireFile(line.settings(), "settings file");
      TestSuiteSettings settings = TestSuiteSettings.read(line.settings());
      new SimulationRun(line.model(), line.settings(), settings.toRequest(solver, Map.of()), line.out())
          .execute(models);
      return null;
    } catch (Throwable t) { // NOPMD: a StackOverflowError in one job must not stop the others
      String msg = t.getMessage() == null || t instanceof Error
          ? t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
          : t.getMessage();
      return new Failure(line.number(), msg, ExitCodes.isInvalidInput(t));
    }
  }

  /** Exit code for a batch: 0, or 2 when every failure was invalid input, else 1. */
  static int exitCode(List<Failure> failures) {
    if (failures.isEmpty()) {
      return ExitCodes.OK;
    }
    return failures.stream().allMatch(Failure::invalidInput) ? ExitCodes.INVALID_INPUT : ExitCodes.FAILURE;
  }
}
