package org.regenarch.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.regenarch.clinical.MissingInputException;
import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.Sodium;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.patient.Sex;

/** MELD 3.0 (Kim 2021). Expected values from an independent Python implementation. */
class Meld3Test {

  @Test
  void maleAndFemale() {
    ScoreResult male = Meld3.compute(Visits.meld3(1.6, 2.5, 1.8, 130, 2.8).sex(Sex.MALE).build());
    assertThat(male.unrounded()).isCloseTo(25.650664, within(1e-6));
    assertThat(male.value()).isEqualTo(26);
    assertThat(male.uncapped()).isEqualTo(26);
    ScoreResult female = Meld3.compute(Visits.meld3(1.6, 2.5, 1.8, 130, 2.8).sex(Sex.FEMALE).build());
    assertThat(female.unrounded()).isCloseTo(26.980664, within(1e-6));
    assertThat(female.value()).isEqualTo(27);
  }

  @Test
  void floorsGiveSix() {
    ScoreResult r = Meld3.compute(Visits.meld3(0.7, 0.5, 0.9, 140, 4.2).sex(Sex.MALE).build());
    assertThat(r.value()).isEqualTo(6);
    assertThat(r.unrounded()).isCloseTo(6.0, within(1e-12));
    assertThat(r.inputs()).containsEntry("albumin_g_dl", 3.5).containsEntry("sodium_mmol_l", 137.0)
        .containsEntry("creatinine_mg_dl", 1.0);
  }

  @Test
  void creatinineCeilingThreeAndDialysis() {
    ScoreResult at3 = Meld3.compute(Visits.meld3(3.0, 1, 1, 137, 3.5).sex(Sex.MALE).build());
    ScoreResult at5 = Meld3.compute(Visits.meld3(5.0, 1, 1, 137, 3.5).sex(Sex.MALE).build());
    ScoreResult dial = Meld3.compute(
        Visits.meld3(1.0, 1, 1, 137, 3.5).sex(Sex.MALE).dialysis(true).build());
    // 11.14 ln 3 + 6 = 18.2385 -> 18
    assertThat(at3.value()).isEqualTo(18);
    assertThat(at5.unrounded()).isEqualTo(at3.unrounded());
    assertThat(dial.unrounded()).isEqualTo(at3.unrounded());
    assertThat(dial.inputs()).containsEntry("creatinine_mg_dl", 3.0);
  }

  @Test
  void albuminBoundedTo1point5() {
    ScoreResult low = Meld3.compute(Visits.meld3(2, 3, 1.5, 137, 1.0).sex(Sex.MALE).build());
    ScoreResult atBound = Meld3.compute(Visits.meld3(2, 3, 1.5, 137, 1.5).sex(Sex.MALE).build());
    assertThat(low.unrounded()).isEqualTo(atBound.unrounded());
    assertThat(low.unrounded()).isCloseTo(23.580091, within(1e-6));
    assertThat(low.inputs()).containsEntry("albumin_g_dl", 1.5);
  }

  @Test
  void uncappedModelAndCappedAllocationValue() {
    ScoreResult r = Meld3.compute(Visits.meld3(5, 40, 6, 120, 1.0).sex(Sex.FEMALE).build());
    assertThat(r.value()).isEqualTo(40);
    assertThat(r.uncapped()).isEqualTo(52);
    assertThat(r.unrounded()).isCloseTo(51.572031, within(1e-6));
  }

  @Test
  void adolescentsGetTheSexTermRegardlessOfSex() {
    PatientVisit boy = Visits.meld3(1.6, 2.5, 1.8, 130, 2.8).sex(Sex.MALE).age(new AgeYears(15)).build();
    assertThat(Meld3.compute(boy).value()).isEqualTo(27);
    PatientVisit noSex = Visits.meld3(1.6, 2.5, 1.8, 130, 2.8).age(new AgeYears(17.9)).build();
    assertThat(Meld3.compute(noSex).value()).isEqualTo(27);
    PatientVisit adult = Visits.meld3(1.6, 2.5, 1.8, 130, 2.8).sex(Sex.MALE).age(new AgeYears(18)).build();
    assertThat(Meld3.compute(adult).value()).isEqualTo(26);
  }

  @Test
  void adultNeedsSex() {
    assertThatThrownBy(() -> Meld3.compute(Visits.meld3(1, 1, 1, 137, 3.5).build()))
        .isInstanceOf(MissingInputException.class).hasMessageContaining("sex");
  }

  @Test
  void siUnitsGiveTheSameResult() {
    PatientVisit si = PatientVisit.builder().creatinine(Creatinine.umolPerL(1.6 * 88.4))
        .bilirubin(Bilirubin.umolPerL(2.5 * 17.1)).inr(new Inr(1.8)).sodium(new Sodium(130))
        .albumin(Albumin.gPerL(28)).sex(Sex.MALE).build();
    assertThat(Meld3.compute(si).unrounded()).isCloseTo(25.650664, within(1e-6));
  }
}
