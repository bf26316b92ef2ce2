package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteCommandTest {
  static final String CASES = FakeModels.SUITE.toString();

  @Test
  void jsonSummaryAndMarkdownReportForSelectedCases(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.md");
    var r = CliHarness.run(FakeModels.ExpectedAnswer::new, "suite", "--cases", CASES, "--only", "1-3,1186",
        "--format", "json", "--report", report.toString(), "--threads", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("suiteVersion").asText()).isEqualTo("3.3.0");
    assertThat(json.get("all").get("cases").asInt()).isEqualTo(4);
    // 01186 is a flux-balance case: the runner solves it by FBA, not with the (fake) time-course loader
    assertThat(json.get("all").get("pass").asInt()).isEqualTo(4);
    assertThat(json.get("core").get("pass").asInt()).isEqualTo(3);
    assertThat(json.get("cases")).hasSize(4);
    assertThat(json.get("cases").get(3).get("id").asText()).isEqualTo("01186");
    assertThat(Files.readString(report)).contains("**4 of 4 cases pass** (core 3 of 3, non-core 1 of 1).");
  }

  @Test
  void textScoreLine() {
    var r = CliHarness.run(FakeModels.ExpectedAnswer::new, "suite", "--cases", CASES, "--only", "1-2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("SBML Test Suite 3.3.0 (L3V2): 2 of 2 cases pass (core 2 of 2, non-core 0 of 0) in ");
    assertThat(r.out()).contains("fail 0, unsupported 0, error 0, timeout 0");
  }

  @Test
  void defaultCasesComeFromRegenarchHome() {
    System.setProperty(RegenarchHome.PROPERTY, ".."); // what ./regenarch passes: the repository root
    try {
      var r = CliHarness.run(FakeModels.ExpectedAnswer::new, "suite", "--only", "1");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("1 of 1 cases pass");
    } finally {
      System.clearProperty(RegenarchHome.PROPERTY);
    }
  }

  @Test
  void minPassesTurnsALowScoreIntoExitOne() {
    var r = CliHarness.run(p -> {
      throw new IllegalStateException("broken engine");
    }, "suite", "--cases", CASES, "--only", "1-2", "--min-passes", "1");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("0 of 2 cases pass", "error 2");
  }

  @Test
  void invalidInput(@TempDir Path dir) {
    assertThat(CliHarness.run(FakeModels.ExpectedAnswer::new, "suite", "--cases", CASES, "--only", "5-1").err())
        .contains("--only: expected case numbers or ranges");
    assertThat(CliHarness.run(FakeModels.ExpectedAnswer::new, "suite", "--cases", CASES, "--format", "xml").exit())
        .isEqualTo(ExitCodes.INVALID_INPUT);
    var missing = CliHarness.run(FakeModels.ExpectedAnswer::new, "suite", "--cases", dir.resolve("none").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err()).contains("test-suite folder not found");
    assertThat(CliHarness.run(FakeModels.ExpectedAnswer::new, "suite", "--cases", CASES, "--only", "99999").err())
        .contains("no L3V2 cases");
  }

  @Test
  @Tag("engine")
  void realEngineRunsTheFirstCasesToAnOutcome() throws Exception {
    var r = CliHarness.run(null, "suite", "--cases", CASES, "--only", "1-10", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("cases")).hasSize(10);
    // case 00001 is a single mass-action reaction: any working engine passes it
    assertThat(json.get("cases").get(0).get("status").asText()).as(r.out()).isEqualTo("pass");
  }
}
