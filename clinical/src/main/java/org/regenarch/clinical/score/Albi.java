package org.regenarch.clinical.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.clinical.patient.PatientVisit;

/**
 * ALBI (Johnson et al., J Clin Oncol 2015; SCORES.md "ALBI"): 0.66 log10(bilirubin µmol/L) - 0.085
 * (albumin g/L). Grade 1 <= -2.60 < grade 2 <= -1.39 < grade 3. Decision (SCORES.md): coefficient
 * -0.085 as printed in the sources read (some code uses -0.0852).
 */
public final class Albi {
  public static final String NAME = "albi";
  static final String LABEL = "ALBI";

  /** Johnson 2015 coefficients. */
  static final double BILIRUBIN_COEFFICIENT = 0.66;
  static final double ALBUMIN_COEFFICIENT = -0.085;
  /** Johnson 2015 grade cut-offs. */
  static final double GRADE_1_MAX = -2.60;
  static final double GRADE_2_MAX = -1.39;

  private Albi() {}

  public static ScoreResult compute(PatientVisit visit) {
    new Inputs()
        .need(visit.bilirubin(), "bilirubin")
        .need(visit.albumin(), "albumin")
        .check(LABEL);
    double bilirubin = visit.bilirubin().inUmolPerL();
    double albumin = visit.albumin().inGPerL();
    double albi = BILIRUBIN_COEFFICIENT * Math.log10(bilirubin) + ALBUMIN_COEFFICIENT * albumin;
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("bilirubin_umol_l", bilirubin);
    inputs.put("albumin_g_l", albumin);
    return new ScoreResult(NAME, Rounding.continuous(albi), albi, grade(albi), null, inputs,
        List.of());
  }

  /** Grade 1, 2 or 3 of an (unrounded) ALBI score. */
  public static int grade(double albi) {
    if (albi <= GRADE_1_MAX) {
      return 1;
    }
    return albi <= GRADE_2_MAX ? 2 : 3;
  }
}
