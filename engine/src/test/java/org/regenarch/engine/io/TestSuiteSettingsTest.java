package org.regenarch.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SolverKind;

class TestSuiteSettingsTest {

  @Test
  void parsesSuiteCase00001() {
    TestSuiteSettings s = TestSuiteSettings.parse("""
        start: 0
        duration: 5
        steps: 50
        variables: S1, S2
        absolute: 1.000000e-007
        relative: 0.0001
        amount: S1, S2
        concentration:\s

        """, "00001-settings.txt");
    assertThat(s.start()).isZero();
    assertThat(s.duration()).isEqualTo(5.0);
    assertThat(s.steps()).isEqualTo(50);
    assertThat(s.variables()).containsExactly("S1", "S2");
    assertThat(s.absoluteTolerance()).isEqualTo(1e-7);
    assertThat(s.relativeTolerance()).isEqualTo(1e-4);
    assertThat(s.amount()).containsExactlyInAnyOrder("S1", "S2");
    assertThat(s.concentration()).isEmpty();
  }

  @Test
  void toleratesBlankValuesExtraKeysAndDecimalSteps() {
    TestSuiteSettings s = TestSuiteSettings.parse(
        "start:\nduration: 2.5\nsteps: 10.0\nvariables:  x ,y\nabsolute:\nrelative:\nfutureKey: 42\n", "f");
    assertThat(s.start()).isZero();
    assertThat(s.steps()).isEqualTo(10);
    assertThat(s.variables()).containsExactly("x", "y");
    SimulationRequest r = s.toRequest(SolverKind.DORMAND_PRINCE, Map.of("k", 2.0));
    assertThat(r.absTol()).isEqualTo(SimulationRequest.DEFAULT_ABS_TOL);
    assertThat(r.relTol()).isEqualTo(SimulationRequest.DEFAULT_REL_TOL);
    assertThat(r.solver()).isEqualTo(SolverKind.DORMAND_PRINCE);
    assertThat(r.parameterOverrides()).containsEntry("k", 2.0);
    assertThat(r.outputTime(10)).isEqualTo(2.5);
  }

  @Test
  void requestCarriesEverySetting() {
    TestSuiteSettings s = TestSuiteSettings.parse("start: 1\nduration: 4\nsteps: 8\nvariables: a, b\n"
        + "absolute: 1e-9\nrelative: 1e-5\namount: a\nconcentration: b\n", "f");
    SimulationRequest r = s.toRequest(SolverKind.ROSENBROCK, Map.of());
    assertThat(r.start()).isEqualTo(1.0);
    assertThat(r.duration()).isEqualTo(4.0);
    assertThat(r.steps()).isEqualTo(8);
    assertThat(r.variables()).containsExactly("a", "b");
    // the file's tolerances judge results; the integrator runs far tighter
    assertThat(r.absTol()).isEqualTo(1e-9 * TestSuiteSettings.INTEGRATOR_TOLERANCE_FACTOR);
    assertThat(r.relTol()).isEqualTo(Math.min(1e-5 * TestSuiteSettings.INTEGRATOR_TOLERANCE_FACTOR,
        TestSuiteSettings.MAX_INTEGRATOR_REL_TOL));
    assertThat(r.amountIds()).containsExactly("a");
    assertThat(r.concentrationIds()).containsExactly("b");
  }

  @Test
  void badNumberNamesFileLineAndKey() {
    assertThatThrownBy(() -> TestSuiteSettings.parse("start: 0\nduration: ten\nsteps: 5\nvariables: a\n", "my.txt"))
        .isInstanceOf(SettingsFormatException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("my.txt:2")
        .hasMessageContaining("'duration'")
        .hasMessageContaining("ten");
  }

  @Test
  void rejectsFractionalStepsLineWithoutColonNonPositiveToleranceAndMissingKeys() {
    assertThatThrownBy(() -> TestSuiteSettings.parse("duration: 1\nsteps: 2.5\nvariables: a", "f"))
        .hasMessageContaining("f:2").hasMessageContaining("steps");
    assertThatThrownBy(() -> TestSuiteSettings.parse("duration 1\n", "f"))
        .hasMessageContaining("f:1").hasMessageContaining("key: value");
    assertThatThrownBy(() -> TestSuiteSettings.parse("duration: 1\nsteps: 2\nvariables: a\nabsolute: 0", "f"))
        .hasMessageContaining("f:4").hasMessageContaining("> 0");
    assertThatThrownBy(() -> TestSuiteSettings.parse("steps: 2\nvariables: a", "f"))
        .hasMessageContaining("missing 'duration'");
    assertThatThrownBy(() -> TestSuiteSettings.parse("duration: 1\nsteps: 2\nvariables: a,,b", "f"))
        .hasMessageContaining("empty entry");
    assertThatThrownBy(() -> TestSuiteSettings.parse("duration: -1\nsteps: 2\nvariables: a", "f"))
        .hasMessageContaining(">= 0");
  }

  @Test
  void readsEveryVendoredTimeCourseSettingsFile() throws Exception {
    Path semantic = Path.of("src/test/resources/sbml-test-suite/semantic");
    try (var files = Files.walk(semantic)) {
      long parsed = files.filter(p -> p.toString().endsWith("-settings.txt"))
          .filter(p -> !fluxBalance(p))
          .peek(TestSuiteSettings::read)
          .count();
      assertThat(parsed).isGreaterThan(1600);
    }
  }

  @Test
  void readErrorNamesFile(@TempDir Path dir) {
    assertThatThrownBy(() -> TestSuiteSettings.read(dir.resolve("nope.txt"))).hasMessageContaining("nope.txt");
  }

  private static boolean fluxBalance(Path settings) {
    String id = settings.getFileName().toString().substring(0, 5);
    try {
      return Files.readString(settings.resolveSibling(id + "-model.m")).contains("FluxBalanceSteadyState");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
