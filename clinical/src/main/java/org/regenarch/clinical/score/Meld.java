package org.regenarch.clinical.score;

import static org.regenarch.clinical.lab.LabLimits.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.clinical.patient.PatientVisit;

/**
 * MELD as used for allocation (OPTN/UNOS policy 9.1.D; SCORES.md "MELD"):
 * MELD(i) = 0.957 ln(Cr) + 0.378 ln(bilirubin) + 1.120 ln(INR) + 0.643, labs in mg/dL; bilirubin,
 * INR and creatinine below 1.0 set to 1.0; creatinine above 4.0 or on dialysis set to 4.0; MELD(i)
 * rounded to the tenth then times 10; maximum 40. The Kamath 2001 research form (etiology term, no
 * rounding) is deliberately not offered.
 */
public final class Meld {
  public static final String NAME = "meld";
  static final String LABEL = "MELD";

  /** Coefficients of OPTN policy 9.1.D (Kamath 2001 as adopted by UNOS). */
  static final double CREATININE_COEFFICIENT = 0.957;
  static final double BILIRUBIN_COEFFICIENT = 0.378;
  static final double INR_COEFFICIENT = 1.120;
  static final double CONSTANT = 0.643;
  /** OPTN 9.1.D: bilirubin, INR and creatinine below 1.0 are set to 1.0. */
  static final double LAB_FLOOR = 1.0;
  /** OPTN 9.1.D: creatinine above 4.0 mg/dL, or dialysis, sets creatinine to 4.0 mg/dL. */
  static final double CREATININE_MAX_MG_DL = 4.0;
  /** OPTN 9.1.D: MELD is capped at 40 (shared by MELD-Na and MELD 3.0 allocation values). */
  public static final int CAP = 40;

  private Meld() {}

  public static ScoreResult compute(PatientVisit visit) {
    Core core = core(visit, LABEL);
    List<String> notes = new ArrayList<>(core.notes());
    int value = Math.min(core.meld(), CAP);
    if (core.meld() > CAP) {
      notes.add("MELD " + core.meld() + " capped at " + CAP + " (OPTN 9.1.D)");
    }
    return new ScoreResult(NAME, value, 10 * core.meldI(), null, null, core.inputs(), notes);
  }

  /** MELD(i), the rounded MELD before the cap, and the inputs as used. */
  record Core(double meldI, int meld, Map<String, Object> inputs, List<String> notes) {}

  static Core core(PatientVisit visit, String scoreLabel) {
    new Inputs()
        .need(visit.bilirubin(), "bilirubin")
        .need(visit.creatinine(), "creatinine")
        .need(visit.inr(), "INR")
        .check(scoreLabel);
    AgeRule.requireMeldAge(visit.age(), scoreLabel);
    List<String> notes = new ArrayList<>();
    double bilirubin = floor("bilirubin", visit.bilirubin().inMgPerDl(), " mg/dL", notes);
    double inr = floor("INR", visit.inr().ratio(), "", notes);
    double creatinine = creatinineUsed(visit.creatinine().inMgPerDl(), visit.dialysis(),
        CREATININE_MAX_MG_DL, notes);
    double meldI = CREATININE_COEFFICIENT * Math.log(creatinine)
        + BILIRUBIN_COEFFICIENT * Math.log(bilirubin)
        + INR_COEFFICIENT * Math.log(inr)
        + CONSTANT;
    // "Round MELD(i) to the tenth, then multiply by 10": decimal half-up on MELD(i).
    int meld = Rounding.halfUp(meldI, 1).movePointRight(1).intValueExact();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("bilirubin_mg_dl", bilirubin);
    inputs.put("creatinine_mg_dl", creatinine);
    inputs.put("inr", inr);
    inputs.put("dialysis", visit.dialysis());
    return new Core(meldI, meld, inputs, notes);
  }

  static double floor(String name, double value, String unit, List<String> notes) {
    if (value < LAB_FLOOR) {
      notes.add(name + " " + fmt(value) + unit + " raised to the floor " + fmt(LAB_FLOOR) + unit);
      return LAB_FLOOR;
    }
    return value;
  }

  /** Creatinine floor 1.0, ceiling {@code max}, and the dialysis rule that sets it to the ceiling. */
  static double creatinineUsed(double mgPerDl, boolean dialysis, double max, List<String> notes) {
    if (dialysis) {
      notes.add("dialysis (>= 2 treatments or 24 h CVVHD in the past week): creatinine set to "
          + fmt(max) + " mg/dL");
      return max;
    }
    if (mgPerDl > max) {
      notes.add("creatinine " + fmt(mgPerDl) + " mg/dL lowered to the ceiling " + fmt(max) + " mg/dL");
      return max;
    }
    return floor("creatinine", mgPerDl, " mg/dL", notes);
  }
}
