package org.regenarch.engine.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.io.AtomicFiles;

/**
 * Runs every vendored SBML Test Suite L3V2 case through the engine with the suite's pass rule.
 * Fails when fewer cases pass than the floor in {@code expected-passes.txt}, or when the harness
 * loses a case (every case must end with an outcome, even after a StackOverflowError).
 *
 * <p>With {@code -Dregenarch.writeReport=true} it writes {@code docs/engine/test-suite-report.md}
 * and {@code docs/engine/test-suite-results.tsv} (relative to the module folder); CI leaves the
 * tree clean by not setting it.
 */
class SbmlTestSuiteTest {
  static final Path SUITE = Path.of("src/test/resources/sbml-test-suite");
  static final Path DOCS = Path.of("../docs/engine");

  @Test
  void passesAtLeastTheRecordedNumberOfCases() throws IOException {
    List<SuiteCase> cases = SuiteCase.discover(SUITE.resolve("semantic"), n -> true);
    SuiteReport report = TestSuiteRunner.withEngine().run(cases);

    if (Boolean.getBoolean("regenarch.writeReport")) {
      String version = Files.readString(SUITE.resolve("VERSION.txt")).strip();
      AtomicFiles.writeString(DOCS.resolve("test-suite-report.md"), MarkdownReport.render(report, version));
      AtomicFiles.writeString(DOCS.resolve("test-suite-results.tsv"), TsvSummary.render(report));
    }
    SuiteReport.Counts all = report.all();
    System.out.printf("SBML Test Suite: %d of %d pass (core %d of %d) in %.1f s%n", all.pass(), all.cases(),
        report.core().pass(), report.core().cases(), report.wallTime().toMillis() / 1000.0);

    assertThat(report.outcomes()).extracting(CaseOutcome::id)
        .as("every case ends with an outcome")
        .containsExactlyElementsOf(cases.stream().map(SuiteCase::id).toList());
    assertThat(all.pass()).as("passing cases (floor in expected-passes.txt)").isGreaterThanOrEqualTo(floor());
  }

  static int floor() throws IOException {
    return Files.readAllLines(SUITE.resolve("expected-passes.txt")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .mapToInt(Integer::parseInt)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no number in expected-passes.txt"));
  }
}
