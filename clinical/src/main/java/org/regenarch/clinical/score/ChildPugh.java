package org.regenarch.clinical.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.clinical.patient.PatientVisit;

/**
 * Child-Pugh points (5..15) and class (SCORES.md "Child-Pugh" table). Decision (SCORES.md): the
 * middle bands are inclusive at both ends (bilirubin 2.0 and 3.0 mg/dL, albumin 2.8 and 3.5 g/dL,
 * INR 1.7 and 2.3 all score 2), and the albumin middle band is 2.8-3.5 g/dL (most sources; one
 * textbook uses 3.0-3.5). PBC/PSC ("cholestatic") uses bilirubin bands 4 and 10 mg/dL.
 * Prothrombin-time prolongation (4 and 6 s) may replace INR, never both.
 */
public final class ChildPugh {
  public static final String NAME = "child-pugh";
  static final String LABEL = "Child-Pugh";

  /** Bilirubin bands (mg/dL): standard < 2 / 2-3 / > 3; PBC/PSC < 4 / 4-10 / > 10. */
  static final double BILIRUBIN_LOW_MG_DL = 2;
  static final double BILIRUBIN_HIGH_MG_DL = 3;
  static final double CHOLESTATIC_BILIRUBIN_LOW_MG_DL = 4;
  static final double CHOLESTATIC_BILIRUBIN_HIGH_MG_DL = 10;
  /** Albumin bands (g/dL): > 3.5 / 2.8-3.5 / < 2.8. */
  static final double ALBUMIN_HIGH_G_DL = 3.5;
  static final double ALBUMIN_LOW_G_DL = 2.8;
  /** INR bands: < 1.7 / 1.7-2.3 / > 2.3. */
  static final double INR_LOW = 1.7;
  static final double INR_HIGH = 2.3;
  /** Prothrombin-time prolongation bands (s): < 4 / 4-6 / > 6. */
  static final double PT_LOW_S = 4;
  static final double PT_HIGH_S = 6;
  /** Classes: A 5-6, B 7-9, C 10-15. */
  static final int CLASS_A_MAX = 6;
  static final int CLASS_B_MAX = 9;

  private ChildPugh() {}

  public static ScoreResult compute(PatientVisit visit) {
    new Inputs()
        .need(visit.bilirubin(), "bilirubin")
        .need(visit.albumin(), "albumin")
        .need(visit.inr() != null ? visit.inr() : visit.ptProlongation(),
            "INR (or prothrombin-time prolongation)")
        .need(visit.ascites(), "ascites")
        .need(visit.encephalopathy(), "encephalopathy")
        .check(LABEL);
    double bilirubin = visit.bilirubin().inMgPerDl();
    double albumin = visit.albumin().inGPerDl();
    int bilirubinPoints = visit.cholestatic()
        ? risingPoints(bilirubin, CHOLESTATIC_BILIRUBIN_LOW_MG_DL, CHOLESTATIC_BILIRUBIN_HIGH_MG_DL)
        : risingPoints(bilirubin, BILIRUBIN_LOW_MG_DL, BILIRUBIN_HIGH_MG_DL);
    int albuminPoints = fallingPoints(albumin, ALBUMIN_HIGH_G_DL, ALBUMIN_LOW_G_DL);
    int coagulationPoints = visit.inr() != null
        ? risingPoints(visit.inr().ratio(), INR_LOW, INR_HIGH)
        : risingPoints(visit.ptProlongation().seconds(), PT_LOW_S, PT_HIGH_S);
    int ascitesPoints = visit.ascites().childPughPoints();
    int encephalopathyPoints = visit.encephalopathy().childPughPoints();
    int total = bilirubinPoints + albuminPoints + coagulationPoints + ascitesPoints
        + encephalopathyPoints;

    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("bilirubin_mg_dl", bilirubin);
    inputs.put("albumin_g_dl", albumin);
    if (visit.inr() != null) {
      inputs.put("inr", visit.inr().ratio());
    } else {
      inputs.put("pt_prolongation_s", visit.ptProlongation().seconds());
    }
    inputs.put("ascites", visit.ascites().label());
    inputs.put("encephalopathy", visit.encephalopathy().label());
    inputs.put("cholestatic", visit.cholestatic());
    List<String> notes = new ArrayList<>();
    notes.add("points: bilirubin " + bilirubinPoints + ", albumin " + albuminPoints
        + (visit.inr() != null ? ", INR " : ", PT prolongation ") + coagulationPoints
        + ", ascites " + ascitesPoints + ", encephalopathy " + encephalopathyPoints);
    if (visit.cholestatic()) {
      notes.add("PBC/PSC bilirubin bands (< 4, 4-10, > 10 mg/dL)");
    }
    return new ScoreResult(NAME, total, total, classOf(total), null, inputs, notes);
  }

  /** Class letter for a total of 5..15. */
  public static String classOf(int points) {
    if (points <= CLASS_A_MAX) {
      return "A";
    }
    return points <= CLASS_B_MAX ? "B" : "C";
  }

  /** 1 below {@code low}, 2 from low to high inclusive, 3 above {@code high}. */
  static int risingPoints(double value, double low, double high) {
    if (value < low) {
      return 1;
    }
    return value <= high ? 2 : 3;
  }

  /** 1 above {@code high}, 2 from low to high inclusive, 3 below {@code low}. */
  static int fallingPoints(double value, double high, double low) {
    if (value > high) {
      return 1;
    }
    return value >= low ? 2 : 3;
  }
}
