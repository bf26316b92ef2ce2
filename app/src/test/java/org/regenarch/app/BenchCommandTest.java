package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  @BeforeAll
  static void home() {
    System.setProperty(RegenarchHome.PROPERTY, ".."); // tests run in app/, the repository root is ..
  }

  @AfterAll
  static void clearHome() {
    System.clearProperty(RegenarchHome.PROPERTY);
  }

  @Test
  void tableHasOneRowPerModelAndSolverWithRatioToTheFirstRow(@TempDir Path dir) throws Exception {
    for (String f : new String[] {"a", "b-copy-of-a", "c"}) {
      Files.createDirectories(dir.resolve(f));
      Files.copy(FakeModels.DECAY, dir.resolve(f).resolve(f + "-sbml-l3v2.xml"));
      Files.copy(FakeModels.DECAY_SETTINGS, dir.resolve(f).resolve(f + "-settings.txt"));
    }
    Files.writeString(dir.resolve("c/c-settings.txt"), "\n", java.nio.file.StandardOpenOption.APPEND);
    var r = CliHarness.run(p -> new FakeModels.Decay(), "bench", "--models", dir.toString(),
        "--suite-cases", "0", "--runs", "3", "--warmup", "1", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    // b is byte-identical to a and measured once; c differs (its settings file) and is kept
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("model").asText()).isEqualTo("sosbench/a");
    assertThat(rows.get(0).get("solver").asText()).isEqualTo("rosenbrock");
    assertThat(rows.get(1).get("solver").asText()).isEqualTo("dormand-prince");
    assertThat(rows.get(2).get("model").asText()).isEqualTo("sosbench/c");
    assertThat(rows.get(0).get("ratio").asDouble()).isEqualTo(1.0);
    assertThat(rows.get(0).get("runs").asInt()).isEqualTo(3);
    assertThat(rows.get(0).get("simMs").asDouble()).isPositive();
  }

  @Test
  void referenceRowIsSelectable(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("x"));
    Files.copy(FakeModels.DECAY, dir.resolve("x/x.xml"));
    Files.copy(FakeModels.DECAY_SETTINGS, dir.resolve("x/x-settings.txt"));
    var r = CliHarness.run(p -> new FakeModels.Decay(), "bench", "--models", dir.toString(), "--suite-cases", "1",
        "--runs", "1", "--warmup", "0", "--solvers", "dormand-prince", "--reference", "sosbench/x", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows.get(1).get("model").asText()).isEqualTo("sosbench/x");
    assertThat(rows.get(1).get("ratio").asDouble()).isEqualTo(1.0);
    var bad = CliHarness.run(p -> new FakeModels.Decay(), "bench", "--models", dir.toString(), "--reference", "nope");
    assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(bad.err()).contains("--reference nope is not among the models");
  }

  @Test
  void failingModelsBecomeRowsWithTheReason(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("x"));
    Files.copy(FakeModels.DECAY, dir.resolve("x/x.xml"));
    Files.copy(FakeModels.DECAY_SETTINGS, dir.resolve("x/x-settings.txt"));
    var r = CliHarness.run(p -> {
      throw new org.regenarch.engine.UnsupportedFeatureException("delay", "parameter 'p'");
    }, "bench", "--models", dir.toString(), "--suite-cases", "1", "--runs", "1", "--warmup", "0", "--solvers", "rosenbrock");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("suite/00001", "sosbench/x", "unsupported: unsupported SBML feature 'delay'");
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Benchmark.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(Benchmark.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(Benchmark.median(new double[] {})).isNaN();
  }

  @Test
  void invalidInput() {
    assertThat(CliHarness.run(p -> new FakeModels.Decay(), "bench", "--runs", "0").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(CliHarness.run(p -> new FakeModels.Decay(), "bench", "--solvers", "euler").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(CliHarness.run(p -> new FakeModels.Decay(), "bench", "--suite-cases", "99999").err()).contains("--suite-cases");
  }

  @Test
  @Tag("engine")
  void realEngineOnASuiteCase() {
    var r = CliHarness.run(null, "bench", "--models", "../engine/src/test/resources/sosbench",
        "--suite-cases", "1", "--runs", "1", "--warmup", "0", "--solvers", "rosenbrock", "--limit", "10");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(2).findFirst().orElseThrow()).startsWith("suite/00001").endsWith("1.00");
  }
}
