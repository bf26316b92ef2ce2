package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.engine.io.ResultCsv;
import org.regenarch.engine.io.TestSuiteSettings;

class SimulateCommandTest {
  static final String DECAY = FakeModels.DECAY.toString();
  static final String SETTINGS = FakeModels.DECAY_SETTINGS.toString();

  @Test
  void settingsRunWritesCsvInOrderAndProvenanceSidecar(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.csv");
    var r = CliHarness.run(p -> new FakeModels.Decay(), "simulate", DECAY, "--settings", SETTINGS, "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();

    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("time,A");
    assertThat(lines).hasSize(10); // steps 8 -> 9 rows + header
    assertThat(lines.get(1)).isEqualTo("0.0,10.0");
    ResultCsv csv = ResultCsv.read(out);
    assertThat(csv.values()[8][0]).isEqualTo(10 * Math.exp(-0.5 * 4)); // full precision round trip

    JsonNode side = new ObjectMapper().readTree(dir.resolve("out.csv.json").toFile());
    assertThat(side.get("modelSha256").asText()).isEqualTo("fake-decay-hash");
    assertThat(side.get("solver").asText()).isEqualTo("rosenbrock");
    // the settings' tolerances judge results; the integrator ran tighter (TestSuiteSettings)
    assertThat(side.get("absTol").asDouble()).isEqualTo(1e-10 * TestSuiteSettings.INTEGRATOR_TOLERANCE_FACTOR);
    assertThat(side.get("relTol").asDouble()).isEqualTo(Math.max(TestSuiteSettings.MIN_INTEGRATOR_REL_TOL,
        1e-8 * TestSuiteSettings.INTEGRATOR_TOLERANCE_FACTOR));
    assertThat(side.get("steps").asInt()).isEqualTo(8);
    assertThat(side.get("settingsSha256").asText()).hasSize(64);
    assertThat(side.get("outputSha256").asText()).isEqualTo(Provenance.sha256(out));
    assertThat(side.get("softwareVersion").asText()).isNotBlank();
    assertThat(side.get("createdUtc").asText()).endsWith("Z");
  }

  @Test
  void explicitOptionsWithOverridesAndDefaultVariables(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/run.csv");
    var r = CliHarness.run(p -> new FakeModels.Decay(), "simulate", DECAY, "--duration", "2", "--steps", "4",
        "--param", "k=1", "--solver", "dormand-prince", "--rel-tol", "1e-6", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    ResultCsv csv = ResultCsv.read(out);
    assertThat(csv.columns()).containsExactly("A", "C", "k"); // all symbols when --variables is absent
    assertThat(csv.times()).containsExactly(0, 0.5, 1, 1.5, 2);
    assertThat(csv.values()[4][0]).isEqualTo(10 * Math.exp(-2.0));
    JsonNode side = new ObjectMapper().readTree(dir.resolve("sub/run.csv.json").toFile());
    assertThat(side.get("parameterOverrides").get("k").asDouble()).isEqualTo(1.0);
    assertThat(side.get("solver").asText()).isEqualTo("dormand-prince");
    assertThat(side.get("relTol").asDouble()).isEqualTo(1e-6);
    assertThat(side.get("settingsFile").isNull()).isTrue();
  }

  @Test
  void variablesPickAndOrderColumns(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("o.csv");
    var r = CliHarness.run(p -> new FakeModels.Decay(), "simulate", DECAY, "--start", "1", "--duration", "1",
        "--steps", "1", "--variables", "k,A", "--amount", "A", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out).get(0)).isEqualTo("time,k,A");
    assertThat(ResultCsv.read(out).times()).containsExactly(1, 2);
  }

  @Test
  void invalidInputExitsTwoWithAClearMessage(@TempDir Path dir) throws Exception {
    String out = dir.resolve("o.csv").toString();
    assertInvalid("model file not found", "simulate", dir.resolve("nope.xml").toString(), "--settings", SETTINGS, "--out", out);
    assertInvalid("do not combine", "simulate", DECAY, "--settings", SETTINGS, "--start", "1", "--out", out);
    assertInvalid("missing --out", "simulate", DECAY, "--settings", SETTINGS);
    assertInvalid("unknown solver 'euler'", "simulate", DECAY, "--settings", SETTINGS, "--solver", "euler", "--out", out);
    assertInvalid("--duration and --steps", "simulate", DECAY, "--duration", "5", "--out", out);
    assertInvalid("missing MODEL", "simulate", "--out", out);
    assertInvalid("steps must be between 1 and", "simulate", DECAY, "--duration", "5", "--steps", "0", "--out", out);
    assertInvalid("--param' (ID=VALUE): 'abc' is not a double", "simulate", DECAY, "--duration", "5", "--steps", "5", "--param", "k=abc", "--out", out);
    Path bad = dir.resolve("bad-settings.txt");
    Files.writeString(bad, "start: 0\nduration: 5\nsteps: five\nvariables: A\n");
    assertInvalid(bad + ":3: 'steps' must be an integer", "simulate", DECAY, "--settings", bad.toString(), "--out", out);
    assertThat(dir.resolve("o.csv")).doesNotExist();
  }

  @Test
  void batchRunsAllJobsCompilesEachModelOnceAndReportsBadLines(@TempDir Path dir) throws Exception {
    Files.copy(FakeModels.DECAY, dir.resolve("m1.xml"));
    Files.copy(FakeModels.DECAY, dir.resolve("m2.xml"));
    Files.copy(FakeModels.DECAY_SETTINGS, dir.resolve("s.txt"));
    Path jobs = dir.resolve("jobs.txt");
    Files.writeString(jobs, String.join("\n",
        "# model settings out",
        "m1.xml s.txt out/a.csv",
        "",
        "m1.xml\ts.txt   out/b.csv",
        "m2.xml s.txt out/c.csv",
        "m1.xml s.txt",
        "missing.xml s.txt out/d.csv",
        "m2.xml nosettings.txt out/e.csv",
        "m2.xml s.txt out/../out/a.csv",
        ""));
    FakeModels.CountingLoader loader = new FakeModels.CountingLoader();
    var r = CliHarness.run(loader, "simulate", "--batch", jobs.toString());

    assertThat(r.exit()).as("all failures are invalid input").isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err().lines().toList()).containsExactly(
        jobs + ":6: expected 3 fields 'MODEL SETTINGS OUT', got 2: 'm1.xml s.txt'",
        jobs + ":7: model file not found: " + dir.resolve("missing.xml"),
        jobs + ":8: settings file not found: " + dir.resolve("nosettings.txt"),
        jobs + ":9: output out/../out/a.csv is already written by line 2");
    for (String f : List.of("a", "b", "c")) {
      assertThat(dir.resolve("out/" + f + ".csv")).exists();
      assertThat(dir.resolve("out/" + f + ".csv.json")).exists();
    }
    assertThat(loader.loads.get(Path.of("m1.xml")).get()).isEqualTo(1);
    assertThat(loader.loads.get(Path.of("m2.xml")).get()).isEqualTo(1);
  }

  @Test
  void batchEngineFailureDoesNotStopOtherJobsAndExitsOne(@TempDir Path dir) throws Exception {
    Files.copy(FakeModels.DECAY, dir.resolve("ok.xml"));
    Files.copy(FakeModels.DECAY, dir.resolve("broken.xml"));
    Files.copy(FakeModels.DECAY_SETTINGS, dir.resolve("s.txt"));
    Path jobs = dir.resolve("jobs.txt");
    Files.writeString(jobs, "broken.xml s.txt x.csv\nok.xml s.txt y.csv\nbroken.xml s.txt z.csv\n");
    var r = CliHarness.run(new FakeModels.CountingLoader(), "simulate", "--batch", jobs.toString(), "--threads", "2");
    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains(jobs + ":1: solver failed on broken.xml", jobs + ":3: solver failed on broken.xml");
    assertThat(dir.resolve("y.csv")).exists();
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void batchRejectsSingleRunOptions(@TempDir Path dir) throws Exception {
    Path jobs = dir.resolve("jobs.txt");
    Files.writeString(jobs, "");
    assertInvalid("only --solver and --threads", "simulate", "--batch", jobs.toString(), "--out", "x.csv");
    var empty = CliHarness.run(new FakeModels.CountingLoader(), "simulate", "--batch", jobs.toString());
    assertThat(empty.exit()).isZero();
  }

  @Test
  @Tag("engine")
  void realEngineSolvesDecayWithinTolerance(@TempDir Path dir) throws Exception {
    for (String solver : List.of("rosenbrock", "dormand-prince")) {
      Path out = dir.resolve(solver + ".csv");
      var r = CliHarness.run(null, "simulate", DECAY, "--settings", SETTINGS, "--solver", solver, "--out", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      ResultCsv csv = ResultCsv.read(out);
      assertThat(csv.columns()).containsExactly("A");
      for (int i = 0; i < csv.rows(); i++) {
        double exact = 10 * Math.exp(-0.5 * csv.times()[i]);
        assertThat(csv.values()[i][0]).as(solver + " at t=" + csv.times()[i]).isCloseTo(exact, within(1e-6 * exact + 1e-9));
      }
      JsonNode side = new ObjectMapper().readTree(dir.resolve(solver + ".csv.json").toFile());
      assertThat(side.get("modelSha256").asText()).isEqualTo(Provenance.sha256(FakeModels.DECAY));
    }
  }

  private static void assertInvalid(String message, String... args) {
    var r = CliHarness.run(p -> new FakeModels.Decay(), args);
    assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains(message);
  }
}
