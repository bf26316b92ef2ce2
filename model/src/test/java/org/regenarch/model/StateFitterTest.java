package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateFitterTest {

  @Test
  void everyPresetIsReproducedFromItsBaselineLabs() {
    for (String name : Presets.all().keySet()) {
      FittedPatient p = Fixtures.preset(name);
      assertThat(p.fit().rmsRelativeError()).as(name).isLessThan(0.15);
      Trajectory t = Fixtures.SIM.simulate(p, List.of(), Modes.ALL_ON, 7, 7);
      BaselineLabs labs = p.patient().labs();
      // Creatinine and sodium carry individual factors: exact at baseline.
      assertThat(t.value(0, "creatinine_mg_dl")).as(name).isCloseTo(labs.creatinineMgDl(), org.assertj.core.data.Offset.offset(1e-6));
      assertThat(t.value(0, "sodium_mmol_l")).as(name).isCloseTo(labs.sodiumMmolL(), org.assertj.core.data.Offset.offset(1e-6));
      assertThat(t.value(0, "bilirubin_mg_dl") / labs.bilirubinMgDl()).as(name).isBetween(0.75, 1.25);
      assertThat(t.value(0, "albumin_g_dl") - labs.albuminGDl()).as(name).isBetween(-0.2, 0.2);
    }
  }

  @Test
  void injuryActivityOrdersTheStages() {
    assertThat(Fixtures.preset("healthy").fit().injuryActivity()).isLessThan(0.05);
    assertThat(Fixtures.preset("compensated-hbv").fit().injuryActivity())
        .isPositive().isLessThan(Fixtures.preset("decompensated-hbv").fit().injuryActivity());
  }

  @Test
  void theFittedStateIsQuasiSteadyWithoutTherapy() {
    Trajectory t = Fixtures.SIM.simulate(Fixtures.preset("decompensated-hbv"), List.of(), Modes.ALL_ON, 90, 90);
    assertThat(t.last("functional_mass")).isCloseTo(t.value(0, "functional_mass"), org.assertj.core.data.Offset.offset(0.01));
    assertThat(t.last("collagen_percent")).isCloseTo(t.value(0, "collagen_percent"), org.assertj.core.data.Offset.offset(0.05));
  }
}
