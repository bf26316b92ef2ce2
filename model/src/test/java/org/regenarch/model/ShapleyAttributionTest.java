package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapleyAttributionTest {

  @Test
  void additiveGameGivesEachPlayerItsOwnValue() {
    double[] own = {1, -2, 3, 0.5, 4};
    double[] v = new double[32];
    for (int s = 0; s < 32; s++) {
      for (int i = 0; i < 5; i++) {
        v[s] += (s & (1 << i)) != 0 ? own[i] : 0;
      }
    }
    for (int i = 0; i < 5; i++) {
      assertThat(ShapleyAttribution.shapley(v, i)).isCloseTo(own[i], offset(1e-12));
    }
  }

  @Test
  void pureInteractionIsSplitEquallyBetweenTheTwoPlayersNeeded() {
    // v(S) = 6 only when players 0 and 2 are both in S (a textbook two-player synergy).
    double[] v = new double[32];
    for (int s = 0; s < 32; s++) {
      v[s] = (s & 1) != 0 && (s & 4) != 0 ? 6 : 0;
    }
    assertThat(ShapleyAttribution.shapley(v, 0)).isCloseTo(3, offset(1e-12));
    assertThat(ShapleyAttribution.shapley(v, 2)).isCloseTo(3, offset(1e-12));
    assertThat(ShapleyAttribution.shapley(v, 1)).isCloseTo(0, offset(1e-12));
  }

  @Test
  void contributionsSumToTheTotalEffectOfTheTherapy() {
    FittedPatient p = Fixtures.preset("decompensated-hbv");
    List<TherapySpec> th = List.of(TherapySpec.parse(ModelChecks.UC_REGIMEN));
    Attribution a = new ShapleyAttribution(Fixtures.SIM).attribute(p, th, Endpoint.MELD, 168);
    double sum = a.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(a.totalEffect(), offset(1e-9));
    assertThat(a.totalEffect()).isCloseTo(a.therapyValue() - a.controlValue(), offset(1e-9));
    assertThat(a.totalEffect()).isLessThan(-0.5); // MELD falls
    assertThat(a.contributions()).containsOnlyKeys(Modes.NAMES);
    assertThat(a.contributions().get("differentiation")).isCloseTo(0, offset(0.05)); // a few cells
  }

  @Test
  void attributionNeedsATherapyAndAPositiveDay() {
    FittedPatient p = Fixtures.preset("decompensated-hbv");
    ShapleyAttribution s = new ShapleyAttribution(Fixtures.SIM);
    assertThatThrownBy(() -> s.attribute(p, List.of(), Endpoint.MELD, 168)).isInstanceOf(PatientInputException.class);
    assertThatThrownBy(() -> s.attribute(p, List.of(TherapySpec.parse(ModelChecks.UC_REGIMEN)), Endpoint.MELD, 0))
        .isInstanceOf(PatientInputException.class);
    assertThatThrownBy(() -> Endpoint.parse("nope")).hasMessageContaining("meld");
  }
}
