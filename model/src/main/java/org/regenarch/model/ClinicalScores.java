package org.regenarch.model;

import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.Sodium;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.score.Score;
import org.regenarch.clinical.score.ScoreResult;

/** Scores of one model time point, computed by the clinical layer (never re-implemented here). */
public final class ClinicalScores {
  /** Ascites index cut-offs between none/mild and mild/moderate-severe (grade centres 0, 1, 2). */
  static final double ASCITES_MILD_FROM = 0.5;
  static final double ASCITES_MODERATE_FROM = 1.5;
  /** Encephalopathy index cut-offs (grade 1-2 from 1, grade 3-4 from 2). */
  static final double HE_GRADE_1_FROM = 1;
  static final double HE_GRADE_3_FROM = 2;

  private ClinicalScores() {}

  public record Values(double meld, double meldUnrounded, double meldNa, double meldNaUnrounded, double meld3,
      double meld3Unrounded, double childPugh, double albi) {}

  public static Ascites ascitesGrade(double index) {
    if (index < ASCITES_MILD_FROM) {
      return Ascites.NONE;
    }
    return index < ASCITES_MODERATE_FROM ? Ascites.MILD : Ascites.MODERATE_SEVERE;
  }

  public static Encephalopathy encephalopathyGrade(double index) {
    if (index < HE_GRADE_1_FROM) {
      return Encephalopathy.NONE;
    }
    return index < HE_GRADE_3_FROM ? Encephalopathy.GRADE_1_2 : Encephalopathy.GRADE_3_4;
  }

  public static Values compute(Patient p, double bili, double alb, double inr, double cr, double na,
      double ascitesIndex, double heIndex) {
    PatientVisit v;
    try {
      v = PatientVisit.builder()
          .bilirubin(Bilirubin.mgPerDl(bili)).albumin(Albumin.gPerDl(alb)).inr(new Inr(inr))
          .creatinine(Creatinine.mgPerDl(cr)).sodium(new Sodium(na)).sex(p.sex()).age(new AgeYears(p.ageYears()))
          .ascites(ascitesGrade(ascitesIndex)).encephalopathy(encephalopathyGrade(heIndex))
          .cholestatic(p.etiology().cholestatic()).build();
    } catch (RuntimeException e) {
      double nan = Double.NaN;
      return new Values(nan, nan, nan, nan, nan, nan, nan, nan);
    }
    ScoreResult meld = Score.MELD.compute(v);
    ScoreResult meldNa = Score.MELD_NA.compute(v);
    ScoreResult meld3 = Score.MELD3.compute(v);
    ScoreResult cp = Score.CHILD_PUGH.compute(v);
    ScoreResult albi = Score.ALBI.compute(v);
    return new Values(meld.value().doubleValue(), meld.unrounded(), meldNa.value().doubleValue(),
        meldNa.unrounded(), meld3.value().doubleValue(), meld3.unrounded(), cp.value().doubleValue(),
        albi.value().doubleValue());
  }
}
