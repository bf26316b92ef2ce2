package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.score.Score;

class ClinicalScoresTest {

  @Test
  void outputScoresAreTheClinicalLayersScoresOfTheOutputLabs() {
    Trajectory t = Fixtures.SIM.simulate(Fixtures.preset("decompensated-alcohol"),
        List.of(TherapySpec.parse(ModelChecks.UC_REGIMEN)), Modes.ALL_ON, 84, 28);
    for (int i = 0; i < t.days().length; i++) {
      PatientVisit v = PatientVisit.builder().bilirubin(Bilirubin.mgPerDl(t.value(i, "bilirubin_mg_dl")))
          .creatinine(Creatinine.mgPerDl(t.value(i, "creatinine_mg_dl"))).inr(new Inr(t.value(i, "inr"))).build();
      assertThat(t.value(i, "meld")).isEqualTo(Score.MELD.compute(v).value().doubleValue());
    }
  }

  @Test
  void theHazardsMeldIndexAgreesWithTheClinicalMeld() {
    Trajectory t = Fixtures.SIM.simulate(Fixtures.preset("decompensated-hbv"), List.of(), Modes.ALL_ON, 28, 28);
    var r = Fixtures.MODEL.run(28, 1, List.of("meld_risk_index"), Fixtures.preset("decompensated-hbv").overrides());
    assertThat(r.values()[0][0]).isCloseTo(t.value(0, "meld_unrounded"), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void gradesOfTheModelIndices() {
    assertThat(ClinicalScores.ascitesGrade(0.2)).isEqualTo(Ascites.NONE);
    assertThat(ClinicalScores.ascitesGrade(1.0)).isEqualTo(Ascites.MILD);
    assertThat(ClinicalScores.ascitesGrade(2.0)).isEqualTo(Ascites.MODERATE_SEVERE);
    assertThat(ClinicalScores.encephalopathyGrade(0.5)).isEqualTo(Encephalopathy.NONE);
    assertThat(ClinicalScores.encephalopathyGrade(1.5)).isEqualTo(Encephalopathy.GRADE_1_2);
    assertThat(ClinicalScores.encephalopathyGrade(2.5)).isEqualTo(Encephalopathy.GRADE_3_4);
  }
}
