package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speed benchmark times the real runs (speed itself is reported by {@code ./regenarch model bench}
 * and the model card, never asserted in a unit test).
 */
class BenchmarkTest {

  @Test
  void timesTheSameRunAnUntimedSimulationGives() {
    ModelBenchmark.Result r = ModelBenchmark.run(Fixtures.MODEL, 1, 3);
    assertThat(r.runs()).isEqualTo(3);
    assertThat(r.therapyMs()).isPositive();
    assertThat(r.controlMs()).isPositive();
    FittedPatient p = Fixtures.preset("decompensated-hbv");
    var o = Fixtures.SIM.overrides(p, List.of(TherapySpec.parse(ModelChecks.UC_REGIMEN)), Modes.ALL_ON);
    double survival = Fixtures.MODEL.run(ModelBenchmark.DAYS, ModelBenchmark.STEPS, ModelBenchmark.OUTPUTS, o)
        .value(ModelBenchmark.STEPS, "survival_probability");
    assertThat(r.survivalWithTherapy()).isCloseTo(survival, within(1e-12));
  }

  @Test
  void rejectsImpossibleRunCounts() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelBenchmark.run(Fixtures.MODEL, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs");
  }
}
