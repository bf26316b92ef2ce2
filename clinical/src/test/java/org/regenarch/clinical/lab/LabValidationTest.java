package org.regenarch.clinical.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regenarch.clinical.ClinicalValidationException;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.patient.Sex;

/** Impossible values are rejected naming field, value and range; implausible ones warn. */
class LabValidationTest {

  @Test
  void negativeBilirubinNamesFieldValueAndRange() {
    assertThatThrownBy(() -> Bilirubin.mgPerDl(-1))
        .isInstanceOf(ClinicalValidationException.class)
        .hasMessage("bilirubin = -1 mg/dL is impossible: expected > 0 and <= 150 mg/dL");
  }

  @Test
  void siRangeIsGivenInTheUsersUnit() {
    assertThatThrownBy(() -> Bilirubin.umolPerL(0))
        .hasMessage("bilirubin = 0 umol/L is impossible: expected > 0 and <= 2565 umol/L"
            + " (0..150 mg/dL)");
  }

  @Test
  void zeroWhereALogIsTakenIsRejected() {
    assertThatThrownBy(() -> Creatinine.mgPerDl(0)).hasMessageContaining("creatinine = 0 mg/dL");
    assertThatThrownBy(() -> new Inr(0)).hasMessageContaining("INR = 0 is impossible");
    assertThatThrownBy(() -> new Alt(0)).hasMessageContaining("ALT = 0 U/L");
    assertThatThrownBy(() -> new Platelets(0)).hasMessageContaining("platelets = 0 10^9/L");
  }

  @Test
  void absurdValuesAreRejected() {
    assertThatThrownBy(() -> new Inr(50)).hasMessage(
        "INR = 50 is impossible: expected >= 0.5 and <= 20");
    assertThatThrownBy(() -> new Sodium(300)).hasMessage(
        "sodium = 300 mmol/L is impossible: expected >= 90 and <= 200 mmol/L");
    assertThatThrownBy(() -> Albumin.gPerDl(35)).hasMessageContaining("albumin = 35 g/dL");
    assertThatThrownBy(() -> Creatinine.mgPerDl(170)).hasMessageContaining("creatinine = 170 mg/dL");
    assertThatThrownBy(() -> new AgeYears(-3)).hasMessageContaining("age = -3 years");
  }

  @Test
  void nanAndInfinityAreRejected() {
    assertThatThrownBy(() -> Bilirubin.mgPerDl(Double.NaN)).hasMessageContaining("bilirubin = NaN");
    assertThatThrownBy(() -> Bilirubin.umolPerL(Double.NaN)).hasMessageContaining("bilirubin = NaN");
    assertThatThrownBy(() -> new Sodium(Double.POSITIVE_INFINITY))
        .hasMessageContaining("sodium = Infinity");
  }

  @Test
  void limitsThemselvesAreAccepted() {
    assertThat(Bilirubin.mgPerDl(150).value()).isEqualTo(150);
    assertThat(new Inr(20).ratio()).isEqualTo(20);
    assertThat(new Inr(0.5).ratio()).isEqualTo(0.5);
    assertThat(new Sodium(90).mmolPerL()).isEqualTo(90);
  }

  @Test
  void implausibleButPossibleValuesWarn() {
    PatientVisit v = PatientVisit.builder().bilirubin(Bilirubin.mgPerDl(60)).inr(new Inr(12))
        .sodium(new Sodium(105)).creatinine(Creatinine.mgPerDl(1)).build();
    assertThat(v.plausibilityWarnings()).hasSize(3)
        .anyMatch(w -> w.startsWith("bilirubin = 60 mg/dL is unusual"))
        .anyMatch(w -> w.startsWith("INR = 12 is unusual"))
        .anyMatch(w -> w.startsWith("sodium = 105 mmol/L is unusual"));
    assertThat(PatientVisit.builder().bilirubin(Bilirubin.mgPerDl(2)).build().plausibilityWarnings())
        .isEmpty();
  }

  @Test
  void categoriesParseCommonSpellingsAndRejectOthers() {
    assertThat(Ascites.parse("moderate-severe")).isEqualTo(Ascites.MODERATE_SEVERE);
    assertThat(Ascites.parse("moderate")).isEqualTo(Ascites.MODERATE_SEVERE);
    assertThat(Encephalopathy.parse("grade3-4")).isEqualTo(Encephalopathy.GRADE_3_4);
    assertThat(Encephalopathy.parse("grade-1-2")).isEqualTo(Encephalopathy.GRADE_1_2);
    assertThat(Sex.parse("F")).isEqualTo(Sex.FEMALE);
    assertThatThrownBy(() -> Ascites.parse("lots")).hasMessageContaining("ascites = 'lots'")
        .hasMessageContaining("none, mild or moderate-severe");
    assertThatThrownBy(() -> Sex.parse("x")).hasMessageContaining("female or male");
    assertThatThrownBy(() -> BilirubinUnit.parse("mmol/L")).hasMessageContaining("mg/dL or umol/L");
  }
}
