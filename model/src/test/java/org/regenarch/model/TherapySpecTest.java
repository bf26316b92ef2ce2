package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TherapySpecTest {
  private final ParameterTable t = ParameterTable.standard();

  @Test
  void parsesTheIssueExamples() {
    TherapySpec uc = TherapySpec.parse("uc-msc:peripheral-vein:1e6/kg:days=0,28,56");
    assertThat(uc.product()).isEqualTo(Product.UC_MSC);
    assertThat(uc.route()).isEqualTo(Route.PERIPHERAL_VEIN);
    assertThat(uc.days()).containsExactly(0.0, 28.0, 56.0);
    assertThat(uc.allogeneic()).isTrue();
    assertThat(uc.cellsE6PerKg(70)).isCloseTo(1.0, offset(1e-12));
    TherapySpec ev = TherapySpec.parse("msc-ev:peripheral-vein:100ug/kg:days=0,7,14");
    assertThat(ev.evUgPerKg(70, t)).isCloseTo(100, offset(1e-12));
    assertThat(ev.cellsE6PerKg(70)).isZero();
    TherapySpec bm = TherapySpec.parse("bm-msc:hepatic-artery:1e6/kg:days=0:allogeneic");
    assertThat(bm.allogeneic()).isTrue();
    assertThat(TherapySpec.parse("bm-msc:hepatic-artery:1e6/kg:days=0").allogeneic()).isFalse();
  }

  @Test
  void convertsTotalDosesAndParticles() {
    assertThat(TherapySpec.parse("bm-msc:peripheral-vein:7e7:days=0").cellsE6PerKg(70)).isCloseTo(1.0, offset(1e-12));
    assertThat(TherapySpec.parse("msc-ev:portal-vein:7mg:days=0").evUgPerKg(70, t)).isCloseTo(100, offset(1e-9));
    double particlesPerUg = t.value("ev_particles_per_ug");
    assertThat(TherapySpec.parse("msc-ev:peripheral-vein:1e11particles/kg:days=0").evUgPerKg(70, t))
        .isCloseTo(1e11 / particlesPerUg, offset(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"uc-msc:peripheral-vein:1e6/kg", "stem:peripheral-vein:1e6/kg:days=0",
      "uc-msc:nose:1e6/kg:days=0", "uc-msc:peripheral-vein:lots:days=0", "uc-msc:peripheral-vein:-1e6/kg:days=0",
      "uc-msc:peripheral-vein:0/kg:days=0", "uc-msc:peripheral-vein:1e6/kg:days=a", "uc-msc:peripheral-vein:1e6/kg:days=-3",
      "uc-msc:peripheral-vein:1e6/kg:days=0,0", "uc-msc:peripheral-vein:1e6/kg:when=0", "uc-msc:peripheral-vein:1e6/kg:days=0:autologous",
      "msc-ev:peripheral-vein:1e6/kg:days=0", "msc-ev:peripheral-vein:100ug/kg:days=0:allogeneic",
      "bm-msc:peripheral-vein:100ug/kg:days=0", "bm-msc:peripheral-vein:1e6/kg:days=0:donor"})
  void rejectsMalformedSpecsWithAClearMessage(String spec) {
    assertThatThrownBy(() -> TherapySpec.parse(spec)).isInstanceOf(PatientInputException.class)
        .hasMessageContaining("therapy '" + spec + "'");
  }

  @Test
  void rejectsImpossibleDoses() {
    assertThatThrownBy(() -> TherapySpec.parse("bm-msc:peripheral-vein:1e12/kg:days=0").cellsE6PerKg(70))
        .isInstanceOf(PatientInputException.class).hasMessageContaining("impossible");
    assertThatThrownBy(() -> TherapySpec.parse("msc-ev:peripheral-vein:5e5ug/kg:days=0").evUgPerKg(70, t))
        .isInstanceOf(PatientInputException.class).hasMessageContaining("impossible");
  }

  @Test
  void planFillsOneEventSlotPerAdministrationInDayOrder() {
    Map<String, Double> o = TherapyPlan.overrides(List.of(TherapySpec.parse("uc-msc:peripheral-vein:1e6/kg:days=28,0"),
        TherapySpec.parse("bm-msc:hepatic-artery:7e7:days=14")), 70, t);
    assertThat(o.get("dose1_day")).isZero();
    assertThat(o.get("dose2_day")).isEqualTo(14);
    assertThat(o.get("dose3_day")).isEqualTo(28);
    assertThat(o.get("dose2_liver")).isEqualTo(t.value("ha_liver"));
    assertThat(o.get("msc_allogeneic")).isCloseTo(2.0 / 3, offset(1e-12));
    assertThat(o.get("msc_potency")).isCloseTo((2 * t.value("potency_uc") + t.value("potency_bm")) / 3, offset(1e-12));
    assertThatThrownBy(() -> TherapyPlan.overrides(List.of(TherapySpec.parse(
        "uc-msc:peripheral-vein:1e6/kg:days=0,1,2,3,4,5,6,7,8,9,10,11,12")), 70, t))
        .isInstanceOf(PatientInputException.class).hasMessageContaining("slots");
  }
}
