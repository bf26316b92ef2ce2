package org.regenarch.engine.fba;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regenarch.engine.io.ResultCsv;
import org.regenarch.engine.testsuite.CaseTags;
import org.regenarch.engine.testsuite.PassRule;
import org.regenarch.engine.testsuite.SuiteCase;

/** Every flux-balance case of the SBML Test Suite (L3V2), judged with the suite's pass rule. */
class FbcSuiteCasesTest {

  /** Far below the suite's tolerances (1e-3), far above the simplex solver's rounding. */
  private static final double OPTIMUM_SLACK = 1e-9;

  /** The vendored copy of the suite, else the reference shelf's. */
  static Path semanticDir() {
    Path vendored = Path.of("src/test/resources/sbml-test-suite/semantic");
    return Files.isDirectory(vendored) ? vendored : Path.of("/work/shared/sbml-test-suite/semantic");
  }

  static List<SuiteCase> fluxBalanceCases() {
    return SuiteCase.discover(semanticDir(), n -> true).stream()
        .filter(c -> CaseTags.FLUX_BALANCE.equals(CaseTags.read(c.description()).testType()))
        .toList();
  }

  @Test
  void theSuiteHas34FluxBalanceCases() {
    // ../shared/sbml-test-suite/README.md: "34 flux balance (fbc)"
    assertThat(fluxBalanceCases()).hasSize(34);
  }

  /**
   * Alternative optima: many internal fluxes of the suite's network differ between optimal solutions
   * (e.g. the split between R06-R08 and R09-R11), so the suite can only check fluxes that every
   * optimum shares. This checks that each reported flux has a zero-width variability range, i.e.
   * passing does not depend on the simplex solver's choice among optima.
   */
  @TestFactory
  Stream<DynamicTest> everyReportedFluxIsTheSameInAllOptimalSolutions() {
    return fluxBalanceCases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
      FluxBalanceProblem p = FbcReader.read(Files.readString(c.model()), c.id());
      if (!FluxBalanceSolver.solve(p).isOptimal()) {
        return; // infeasible cases (01196, 01616) report only the NaN objective
      }
      FluxBalanceSettings settings = FluxBalanceSettings.read(c.settings());
      List<String> reported = settings.variables().stream().filter(p.reactionIds()::contains).toList();
      assertThat(reported).isNotEmpty();
      FluxVariability.ranges(p, reported, OPTIMUM_SLACK).forEach((id, range) ->
          assertThat(range.width()).as("%s: flux %s ranges over %s", c.id(), id, range)
              .isLessThanOrEqualTo(settings.absoluteTolerance()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFluxBalanceCasePasses() {
    return fluxBalanceCases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
      FluxBalanceSettings settings = FluxBalanceSettings.read(c.settings());
      ResultCsv expected = ResultCsv.read(c.results());
      FluxBalanceResult actual = FluxBalance.solve(c.model());
      Optional<String> mismatch = PassRule.firstMismatch(expected, actual.toSimulationResult(),
          settings.absoluteTolerance(), settings.relativeTolerance());
      assertThat(mismatch).as("case %s (%s)", c.id(), actual.message()).isEmpty();
      assertThat(settings.variables()).containsExactlyElementsOf(expected.columns());
    }));
  }
}
