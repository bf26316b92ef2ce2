package org.regenarch.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.regenarch.clinical.ClinicalValidationException;
import org.regenarch.clinical.MissingInputException;
import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.patient.PatientVisit;

/** MELD (OPTN 9.1.D). Expected values from an independent Python implementation (decimal rounding). */
class MeldTest {

  @Test
  void typicalPatient() {
    // 0.957 ln 1.9 + 0.378 ln 4.2 + 1.12 ln 1.2 + 0.643 = 2.00392 -> 2.0 -> 20
    ScoreResult r = Meld.compute(Visits.meld(1.9, 4.2, 1.2).build());
    assertThat(r.value()).isEqualTo(20);
    assertThat(r.unrounded()).isCloseTo(20.0392, within(1e-4));
    assertThat(r.classification()).isNull();
    assertThat(r.score()).isEqualTo("meld");
  }

  @Test
  void floorsRaiseLabsBelowOneToOne() {
    ScoreResult r = Meld.compute(Visits.meld(0.5, 0.3, 0.9).build());
    assertThat(r.value()).isEqualTo(6);
    assertThat(r.inputs()).containsEntry("creatinine_mg_dl", 1.0)
        .containsEntry("bilirubin_mg_dl", 1.0).containsEntry("inr", 1.0);
    assertThat(r.notes()).anyMatch(n -> n.contains("bilirubin 0.3 mg/dL raised to the floor 1"));
  }

  @Test
  void floorIsExactlyAtOne() {
    assertThat(Meld.compute(Visits.meld(0.99, 1, 1).build()).value())
        .isEqualTo(Meld.compute(Visits.meld(1.0, 1, 1).build()).value()).isEqualTo(6);
    // just above 1.0 creatinine changes MELD(i) but not the rounded MELD
    assertThat(Meld.compute(Visits.meld(1.01, 1, 1).build()).unrounded()).isGreaterThan(6.43);
  }

  @Test
  void creatinineCeilingAtFour() {
    ScoreResult atFour = Meld.compute(Visits.meld(4.0, 2, 1.5).build());
    ScoreResult above = Meld.compute(Visits.meld(6.0, 2, 1.5).build());
    assertThat(above.unrounded()).isEqualTo(atFour.unrounded());
    assertThat(above.inputs()).containsEntry("creatinine_mg_dl", 4.0);
    assertThat(above.notes()).anyMatch(n -> n.contains("lowered to the ceiling 4"));
    assertThat(Meld.compute(Visits.meld(3.9, 2, 1.5).build()).unrounded())
        .isLessThan(atFour.unrounded());
  }

  @Test
  void dialysisSetsCreatinineToFourEvenWhenLow() {
    ScoreResult dial = Meld.compute(Visits.meld(0.8, 1, 1).dialysis(true).build());
    assertThat(dial.inputs()).containsEntry("creatinine_mg_dl", 4.0).containsEntry("dialysis", true);
    // 0.957 ln 4 + 0.643 = 1.9697 -> 2.0 -> 20
    assertThat(dial.value()).isEqualTo(20);
    assertThat(dial.notes()).anyMatch(n -> n.startsWith("dialysis"));
  }

  @Test
  void capAtForty() {
    // MELD(i) = 0.957 ln 4 + 0.378 ln 40 + 1.12 ln 8 + 0.643 = 5.693 -> 57 uncapped
    ScoreResult r = Meld.compute(Visits.meld(4, 40, 8).build());
    assertThat(r.value()).isEqualTo(40);
    assertThat(r.unrounded()).isCloseTo(56.93, within(0.01));
    assertThat(r.notes()).anyMatch(n -> n.contains("capped at 40"));
  }

  @Test
  void roundsMeldiToTheTenthBeforeMultiplying() {
    // bilirubin giving MELD(i) = 1.45 exactly (Cr = INR = 1): exp((1.45 - 0.643) / 0.378)
    double threshold = 8.456375339328329;
    assertThat(Meld.compute(Visits.meld(1, threshold * 0.9999, 1).build()).value()).isEqualTo(14);
    assertThat(Meld.compute(Visits.meld(1, threshold * 1.0001, 1).build()).value()).isEqualTo(15);
  }

  @Test
  void bothUnitSystemsGiveTheSameMeld() {
    PatientVisit si = PatientVisit.builder().creatinine(Creatinine.umolPerL(170))
        .bilirubin(Bilirubin.umolPerL(54)).inr(new Inr(2.0)).build();
    PatientVisit conv = Visits.meld(170 / 88.4, 54 / 17.1, 2.0).build();
    assertThat(Meld.compute(si).value()).isEqualTo(Meld.compute(conv).value()).isEqualTo(25);
    assertThat(Meld.compute(si).unrounded()).isCloseTo(24.798, within(1e-3));
  }

  @Test
  void missingInputsAreAllNamed() {
    PatientVisit v = PatientVisit.builder().bilirubin(Bilirubin.mgPerDl(2)).build();
    assertThatThrownBy(() -> Meld.compute(v)).isInstanceOf(MissingInputException.class)
        .hasMessageContaining("MELD").hasMessageContaining("creatinine").hasMessageContaining("INR");
  }

  @Test
  void appliesFromAgeTwelve() {
    assertThat(Meld.compute(Visits.meld(1, 1, 1).age(new AgeYears(12)).build()).value()).isEqualTo(6);
    assertThatThrownBy(() -> Meld.compute(Visits.meld(1, 1, 1).age(new AgeYears(11.9)).build()))
        .isInstanceOf(ClinicalValidationException.class).hasMessageContaining("age 12")
        .hasMessageContaining("PELD");
  }
}
