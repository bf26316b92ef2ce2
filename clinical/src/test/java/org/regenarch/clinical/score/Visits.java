package org.regenarch.clinical.score;

import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Creatinine;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.Sodium;
import org.regenarch.clinical.patient.PatientVisit;

/** Test helpers building visits in conventional units (mg/dL, g/dL). */
final class Visits {
  private Visits() {}

  static PatientVisit.Builder meld(double creatinineMgDl, double bilirubinMgDl, double inr) {
    return PatientVisit.builder()
        .creatinine(Creatinine.mgPerDl(creatinineMgDl))
        .bilirubin(Bilirubin.mgPerDl(bilirubinMgDl))
        .inr(new Inr(inr));
  }

  static PatientVisit.Builder meldNa(double cr, double bili, double inr, double na) {
    return meld(cr, bili, inr).sodium(new Sodium(na));
  }

  static PatientVisit.Builder meld3(double cr, double bili, double inr, double na, double albGDl) {
    return meldNa(cr, bili, inr, na).albumin(Albumin.gPerDl(albGDl));
  }
}
