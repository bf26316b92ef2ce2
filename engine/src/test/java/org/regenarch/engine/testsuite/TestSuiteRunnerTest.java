package org.regenarch.engine.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.io.ResultCsv;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SimulationResult;
import org.regenarch.engine.sim.SolverKind;

/** The harness on real suite cases, with fake models instead of the engine. */
class TestSuiteRunnerTest {
  static final Path SEMANTIC = Path.of("src/test/resources/sbml-test-suite/semantic");

  /** A fake model answering with the case's expected results, optionally perturbed. */
  record ExpectedAnswer(Path model, double relativeError) implements CompiledModel {
    @Override
    public SimulationResult simulate(SimulationRequest request) {
      String id = model.getFileName().toString().substring(0, 5);
      ResultCsv e = ResultCsv.read(model.resolveSibling(id + "-results.csv"));
      double[][] v = new double[e.rows()][];
      for (int r = 0; r < v.length; r++) {
        v[r] = e.values()[r].clone();
        for (int c = 0; c < v[r].length; c++) {
          v[r][c] *= 1 + relativeError;
        }
      }
      return new SimulationResult(e.columns(), e.times(), v);
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

  private static SuiteReport run(Function<Path, CompiledModel> loader, Duration timeout, int... ids) {
    List<SuiteCase> cases = SuiteCase.discover(SEMANTIC, n -> java.util.Arrays.stream(ids).anyMatch(i -> i == n));
    assertThat(cases).hasSize(ids.length);
    return new TestSuiteRunner(loader, timeout, 2, SolverKind.ROSENBROCK).run(cases);
  }

  @Test
  void exactAnswersPassAndAnswersOutsideToleranceFailWithFirstMismatch() {
    SuiteReport ok = run(p -> new ExpectedAnswer(p, 0), Duration.ofSeconds(10), 1, 2);
    assertThat(ok.passes()).isEqualTo(2);
    assertThat(ok.outcomes()).extracting(CaseOutcome::id).containsExactly("00001", "00002");

    // case 00001: relative tolerance 1e-4 (its settings file), so 1e-3 relative error must fail ...
    SuiteReport bad = run(p -> new ExpectedAnswer(p, 1e-3), Duration.ofSeconds(10), 1);
    CaseOutcome o = bad.outcomes().get(0);
    assertThat(o.status()).isEqualTo(CaseStatus.FAIL);
    assertThat(o.reason()).startsWith("fail: S1 at t=0.0: expected 1.5E-4, got");
    // ... and 1e-5 relative error (inside 1e-7 + 1e-4 |c|) must pass
    assertThat(run(p -> new ExpectedAnswer(p, 1e-5), Duration.ofSeconds(10), 1).passes()).isEqualTo(1);
  }

  @Test
  void unsupportedErrorsCrashesAndTimeoutsAreOutcomesNotAbortedRuns() {
    Function<Path, CompiledModel> loader = p -> {
      String name = p.getFileName().toString();
      if (name.startsWith("00001")) {
        throw new UnsupportedFeatureException("algebraic rule", "rule 'r1'");
      }
      if (name.startsWith("00002")) {
        return recurse(0);
      }
      if (name.startsWith("00003")) {
        sleepUninterruptibly(Duration.ofSeconds(3));
      }
      if (name.startsWith("00004")) {
        throw new IllegalStateException("solver diverged");
      }
      return new ExpectedAnswer(p, 0);
    };
    SuiteReport r = run(loader, Duration.ofMillis(500), 1, 2, 3, 4, 5);
    assertThat(r.outcomes()).extracting(CaseOutcome::status).containsExactly(
        CaseStatus.UNSUPPORTED, CaseStatus.ERROR, CaseStatus.TIMEOUT, CaseStatus.ERROR, CaseStatus.PASS);
    assertThat(r.outcomes().get(0).reason()).isEqualTo("unsupported: unsupported SBML feature 'algebraic rule' in rule 'r1'");
    assertThat(r.outcomes().get(1).reason()).startsWith("error: StackOverflowError");
    assertThat(r.outcomes().get(2).reason()).isEqualTo("timeout: no result within 0.5 s");
    assertThat(r.outcomes().get(3).reason()).isEqualTo("error: solver diverged");
  }

  @Test
  void fluxBalanceCasesAreSolvedByFluxBalanceAnalysisNotTheTimeCourseLoader() {
    // 01186 is an fbc case (testType FluxBalanceSteadyState) with blank start/duration/steps;
    // 01196 is infeasible and expects NaN for the objective
    Function<Path, CompiledModel> noLoader = p -> {
      throw new IllegalStateException("the time-course loader must not see " + p);
    };
    SuiteReport r = run(noLoader, Duration.ofSeconds(10), 1186, 1196);
    assertThat(r.outcomes()).extracting(CaseOutcome::status).containsExactly(CaseStatus.PASS, CaseStatus.PASS);
    assertThat(r.outcomes().get(0).tags().isCore()).isFalse();
  }

  @Test
  void markdownReportHasTotalsCoreSplitTagTableAndFailures() {
    Function<Path, CompiledModel> loader = p -> p.getFileName().toString().startsWith("00002")
        ? new ExpectedAnswer(p, 0.5) : new ExpectedAnswer(p, 0);
    SuiteReport r = run(loader, Duration.ofSeconds(10), 1, 2, 1186);
    String md = MarkdownReport.render(r, "3.3.0");
    assertThat(md).contains("**2 of 3 cases pass** (core 1 of 2, non-core 1 of 1).");
    assertThat(md).contains("| all | 3 | 2 | 1 | 0 | 0 | 0 |");
    assertThat(md).contains("| core | 2 | 1 | 1 | 0 | 0 | 0 |");
    assertThat(md).contains("| `Amount` | 2 | 1 | 1 | 0 | 0 | 0 |");
    assertThat(md).contains("| `fbc:Objective` | 1 | 1 | 0 | 0 | 0 | 0 |");
    assertThat(md).contains("| `testType:TimeCourse` | 2 |");
    assertThat(md).containsPattern("\\| 00002 \\| yes \\| fail: S1 at t=0\\.0: expected .*, got .* \\|");
    String notPassing = md.substring(md.indexOf("## Cases not passing"));
    assertThat(notPassing).contains("| 00002 |").doesNotContain("| 00001 |", "| 01186 |");
    assertThat(md.substring(md.indexOf("## Slowest cases"), md.indexOf("## Cases not passing")))
        .contains("| 00001 | pass |", "| 00002 | fail |", "| 01186 | pass |");
    String tsv = TsvSummary.render(r);
    assertThat(tsv.lines()).hasSize(4);
    assertThat(tsv.lines().skip(1).map(l -> l.split("\t")[1])).containsExactly("pass", "fail", "pass");
  }

  @Test
  void coreCountOfVendoredSuiteMatchesTheSuiteReadme() {
    // ../shared/sbml-test-suite/README.md: 1690 L3V2 cases, 1372 of them core. The README's count
    // misses case 01588, whose "testTags:" line is indented and lists RandomEventExecution: it is
    // not core, so 1371.
    List<SuiteCase> all = SuiteCase.discover(SEMANTIC, n -> true);
    assertThat(all).hasSize(1690);
    assertThat(all.stream().filter(c -> CaseTags.read(c.description()).isCore()).count()).isEqualTo(1371);
    assertThat(CaseTags.read(SEMANTIC.resolve("01588/01588-model.m")).testTags()).contains("RandomEventExecution");
  }

  @Test
  void passRuleValues() {
    assertThat(PassRule.matches(Double.NaN, Double.NaN, 1e-9, 1e-9)).isTrue();
    assertThat(PassRule.matches(Double.NaN, 0, 1e-9, 1e-9)).isFalse();
    assertThat(PassRule.matches(1, Double.NaN, 1e-9, 1e-9)).isFalse();
    assertThat(PassRule.matches(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 1)).isTrue();
    assertThat(PassRule.matches(Double.POSITIVE_INFINITY, 1e308, 1, 1)).isFalse();
    assertThat(PassRule.matches(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 1)).isFalse();
    assertThat(PassRule.matches(100, 100.5, 0.1, 0.004)).isTrue(); // 0.5 <= 0.1 + 0.4
    assertThat(PassRule.matches(100, 100.51, 0.1, 0.004)).isFalse();
    assertThat(PassRule.matches(-100, -100.5, 0.1, 0.004)).isTrue(); // |c| for negative c
  }

  private static CompiledModel recurse(int depth) {
    return depth < 0 ? null : recurse(depth + 1);
  }

  private static void sleepUninterruptibly(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    while (System.nanoTime() < end) {
      try {
        Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        // keep going: simulates an engine that ignores interrupts
      }
    }
  }
}
