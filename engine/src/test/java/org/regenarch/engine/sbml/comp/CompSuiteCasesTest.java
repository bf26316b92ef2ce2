package org.regenarch.engine.sbml.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.Engine;
import org.regenarch.engine.sim.SolverKind;
import org.regenarch.engine.testsuite.CaseOutcome;
import org.regenarch.engine.testsuite.SuiteCase;
import org.regenarch.engine.testsuite.SuiteReport;
import org.regenarch.engine.testsuite.TestSuiteRunner;

/**
 * Representative comp cases of the vendored SBML Test Suite, judged by the suite's own rule. One
 * per flattening rule: plain replacement (01124), port replacement with deletion (01126), replacement
 * conversion factor (01137), chained replacedBy through an sBaseRef (01135), deleted local
 * parameter (01159), replacedElement pointing at a deletion (01166), time conversion with delay
 * (01173), time and extent conversion of a replaced reaction (01182, 01183), replaced event
 * assignment target in a nested submodel (01346) and four levels of nesting (01468).
 */
class CompSuiteCasesTest {
  static final Path SEMANTIC = Path.of("src/test/resources/sbml-test-suite/semantic");
  static final Set<Integer> CASES = Set.of(1124, 1126, 1135, 1137, 1159, 1166, 1173, 1182, 1183, 1346, 1468);
  /** Per case; the slowest of these takes well under a second. */
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Test
  void representativeCompCasesPass() {
    List<SuiteCase> cases = SuiteCase.discover(SEMANTIC, CASES::contains);
    assertThat(cases).hasSize(CASES.size());
    SuiteReport report = new TestSuiteRunner(Engine::load, TIMEOUT, 2, SolverKind.ROSENBROCK).run(cases);
    assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.passed()).as(o.id() + " " + o.reason()).isTrue());
    assertThat(report.outcomes()).extracting(CaseOutcome::id).hasSize(CASES.size());
  }
}
