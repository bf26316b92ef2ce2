package org.regenarch.engine.testsuite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.fba.FluxBalance;
import org.regenarch.engine.fba.FluxBalanceSettings;
import org.regenarch.engine.io.ResultCsv;
import org.regenarch.engine.io.TestSuiteSettings;
import org.regenarch.engine.sim.SimulationResult;
import org.regenarch.engine.sim.SolverKind;

/**
 * Runs SBML Test Suite cases in parallel, each under a time limit, and judges them with the suite's
 * {@link PassRule}. Every case ends with an outcome: exceptions and JVM errors (e.g.
 * StackOverflowError from a deeply nested model) are caught per case, so no case can stop the run.
 *
 * <p>A case that times out is abandoned: its thread is interrupted but may keep running until the
 * engine notices the interrupt. Worker threads are daemons so they never keep the JVM alive.
 */
public final class TestSuiteRunner {

  /** Per-case limit used by default: generous against SBSCL's ~80 s for all 1690 cases (issue 2). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

  /**
   * Stack size of case threads: the same 16 MB the launcher gives the main thread (-Xss16m in
   * ./regenarch), because deeply nested MathML is compiled and evaluated recursively.
   */
  static final long CASE_STACK_BYTES = 16L * 1024 * 1024;

  private final Function<Path, CompiledModel> loader;
  private final Duration timeout;
  private final int threads;
  private final SolverKind solver;

  /**
   * @param loader reads and compiles a model (normally {@link Engine#load})
   * @param timeout per-case limit for load + simulate + compare
   * @param threads cases run at once (e.g. the number of cores)
   * @param solver the integrator used for every case
   */
  public TestSuiteRunner(Function<Path, CompiledModel> loader, Duration timeout, int threads, SolverKind solver) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0, got " + timeout);
    }
    this.loader = loader;
    this.timeout = timeout;
    this.threads = threads;
    this.solver = solver;
  }

  /** The engine, all cores, {@link #DEFAULT_TIMEOUT}, the default (stiff) solver. */
  public static TestSuiteRunner withEngine() {
    return new TestSuiteRunner(
        Engine::load, DEFAULT_TIMEOUT, Runtime.getRuntime().availableProcessors(), SolverKind.ROSENBROCK);
  }

  /** Runs the cases and returns the report (outcomes in case order). */
  public SuiteReport run(List<SuiteCase> cases) {
    long t0 = System.nanoTime();
    ExecutorService drivers = Executors.newFixedThreadPool(threads, daemonThreads("suite-driver", 0));
    ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("suite-case", CASE_STACK_BYTES));
    try {
      List<Future<CaseOutcome>> futures = new ArrayList<>();
      for (SuiteCase c : cases) {
        futures.add(drivers.submit(() -> runWithTimeout(c, workers)));
      }
      List<CaseOutcome> outcomes = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        outcomes.add(await(futures.get(i), cases.get(i)));
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - t0);
      return new SuiteReport(outcomes, wall, threads, timeout, solver);
    } finally {
      drivers.shutdownNow();
      workers.shutdownNow();
    }
  }

  private CaseOutcome runWithTimeout(SuiteCase c, ExecutorService workers) {
    long start = System.nanoTime();
    CaseTags tags = readTags(c);
    Future<CaseOutcome> f = workers.submit(() -> runCase(c, tags, start));
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return new CaseOutcome(c.id(), CaseStatus.TIMEOUT, "no result within " + timeout.toMillis() / 1000.0 + " s",
          millisSince(start), tags);
    } catch (ExecutionException e) {
      // runCase catches Throwable, so this is only reached by a failure of the harness itself
      return error(c, tags, e.getCause(), start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      return error(c, tags, e, start);
    }
  }

  private static CaseOutcome await(Future<CaseOutcome> f, SuiteCase c) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("suite run interrupted at case " + c.id(), e);
    } catch (ExecutionException e) {
      return error(c, CaseTags.NONE, e.getCause(), System.nanoTime());
    }
  }

  /** Load, simulate, compare; never throws. */
  CaseOutcome runCase(SuiteCase c, CaseTags tags, long start) {
    try {
      if (CaseTags.FLUX_BALANCE.equals(tags.testType())) {
        // Not a time course: solve the fbc linear program, compare its one row of fluxes and objective.
        FluxBalanceSettings fba = FluxBalanceSettings.read(c.settings());
        Optional<String> mismatch = PassRule.firstMismatch(ResultCsv.read(c.results()),
            FluxBalance.solve(c.model()).toSimulationResult(), fba.absoluteTolerance(), fba.relativeTolerance());
        return new CaseOutcome(c.id(), mismatch.isPresent() ? CaseStatus.FAIL : CaseStatus.PASS,
            mismatch.orElse(""), millisSince(start), tags);
      }
      CompiledModel model = loader.apply(c.model());
      TestSuiteSettings settings = TestSuiteSettings.read(c.settings());
      SimulationResult result = model.simulate(settings.toRequest(solver, Map.of()));
      ResultCsv expected = ResultCsv.read(c.results());
      Optional<String> mismatch = PassRule.firstMismatch(
          expected, result, settings.absoluteTolerance(), settings.relativeTolerance());
      return new CaseOutcome(c.id(), mismatch.isPresent() ? CaseStatus.FAIL : CaseStatus.PASS,
          mismatch.orElse(""), millisSince(start), tags);
    } catch (UnsupportedFeatureException e) {
      return new CaseOutcome(c.id(), CaseStatus.UNSUPPORTED, e.getMessage(), millisSince(start), tags);
    } catch (Throwable t) { // NOPMD: a StackOverflowError in one case must not end the run
      return error(c, tags, t, start);
    }
  }

  private static CaseOutcome error(SuiteCase c, CaseTags tags, Throwable t, long start) {
    return new CaseOutcome(c.id(), CaseStatus.ERROR, describe(t), millisSince(start), tags);
  }

  /** Exception text for the report: errors and message-less exceptions keep their class name. */
  static String describe(Throwable t) {
    String msg = t.getMessage();
    if (t instanceof Error || msg == null || msg.isBlank()) {
      return t.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
    }
    return msg;
  }

  private static CaseTags readTags(SuiteCase c) {
    try {
      return Files.isRegularFile(c.description()) ? CaseTags.read(c.description()) : CaseTags.NONE;
    } catch (RuntimeException e) {
      return CaseTags.NONE; // tags only group the report; a missing header must not fail the case
    }
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  private static ThreadFactory daemonThreads(String name, long stackBytes) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(null, r, name + "-" + n.incrementAndGet(), stackBytes);
      t.setDaemon(true);
      return t;
    };
  }
}
