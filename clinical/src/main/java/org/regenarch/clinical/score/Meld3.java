package org.regenarch.clinical.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.patient.Sex;

/**
 * MELD 3.0 (Kim et al., Gastroenterology 2021; OPTN since 2023-07-13; SCORES.md "MELD 3.0"):
 *
 * <pre>
 * 1.33 female + 4.56 ln(bili) + 0.82 (137 - Na) - 0.24 (137 - Na) ln(bili) + 9.09 ln(INR)
 *   + 11.14 ln(Cr) + 1.85 (3.5 - alb) - 1.83 (3.5 - alb) ln(Cr) + 6
 * </pre>
 *
 * with bilirubin >= 1.0, INR >= 1.0, creatinine 1.0..3.0 mg/dL (dialysis sets 3.0), sodium 125..137
 * mmol/L, albumin 1.5..3.5 g/dL; rounded to the nearest integer. Decision (SCORES.md): the result
 * carries both the uncapped model value and the allocation value capped at 40 (the model itself is
 * uncapped; allocation policy caps at 40). Sex term: adult women, and candidates aged 12-17 of
 * either sex (secondary sources, as SCORES.md records).
 */
public final class Meld3 {
  public static final String NAME = "meld3";
  static final String LABEL = "MELD 3.0";

  /** Kim et al. 2021, Table 2 (final MELD 3.0 model). */
  static final double FEMALE_COEFFICIENT = 1.33;
  static final double BILIRUBIN_COEFFICIENT = 4.56;
  static final double SODIUM_COEFFICIENT = 0.82;
  static final double SODIUM_BILIRUBIN_COEFFICIENT = -0.24;
  static final double INR_COEFFICIENT = 9.09;
  static final double CREATININE_COEFFICIENT = 11.14;
  static final double ALBUMIN_COEFFICIENT = 1.85;
  static final double ALBUMIN_CREATININE_COEFFICIENT = -1.83;
  static final double CONSTANT = 6;
  /** Kim 2021 bounds: creatinine 1.0..3.0 mg/dL (dialysis: 3.0), albumin 1.5..3.5 g/dL. */
  static final double CREATININE_MAX_MG_DL = 3.0;
  static final double ALBUMIN_MIN_G_DL = 1.5;
  static final double ALBUMIN_MAX_G_DL = 3.5;
  /** Reference points of the centred terms: Na 137 mmol/L, albumin 3.5 g/dL. */
  static final double SODIUM_REFERENCE_MMOL_L = 137;
  static final double ALBUMIN_REFERENCE_G_DL = 3.5;
  /** Candidates aged 12 to 17 get the sex term regardless of sex. */
  static final double ADULT_AGE_YEARS = 18;

  private Meld3() {}

  public static ScoreResult compute(PatientVisit visit) {
    boolean adolescent = visit.age() != null && visit.age().years() < ADULT_AGE_YEARS;
    Inputs required = new Inputs()
        .need(visit.bilirubin(), "bilirubin")
        .need(visit.creatinine(), "creatinine")
        .need(visit.inr(), "INR")
        .need(visit.sodium(), "sodium")
        .need(visit.albumin(), "albumin");
    if (!adolescent) {
      required.need(visit.sex(), "sex");
    }
    required.check(LABEL);
    AgeRule.requireMeldAge(visit.age(), LABEL);

    List<String> notes = new ArrayList<>();
    double bilirubin = Meld.floor("bilirubin", visit.bilirubin().inMgPerDl(), " mg/dL", notes);
    double inr = Meld.floor("INR", visit.inr().ratio(), "", notes);
    double creatinine = Meld.creatinineUsed(visit.creatinine().inMgPerDl(), visit.dialysis(),
        CREATININE_MAX_MG_DL, notes);
    double sodium = MeldNa.boundSodium(visit.sodium().mmolPerL(), notes);
    double albumin = Bounds.clamp("albumin", visit.albumin().inGPerDl(), ALBUMIN_MIN_G_DL,
        ALBUMIN_MAX_G_DL, " g/dL", notes);
    boolean sexTerm = adolescent || visit.sex() == Sex.FEMALE;
    if (adolescent) {
      notes.add("age 12-17: sex term 1.33 applied regardless of sex");
    } else if (visit.age() == null) {
      notes.add("age not given: adult assumed (>= 18 years)");
    }

    double lnBili = Math.log(bilirubin);
    double lnCr = Math.log(creatinine);
    double naGap = SODIUM_REFERENCE_MMOL_L - sodium;
    double albGap = ALBUMIN_REFERENCE_G_DL - albumin;
    double model = (sexTerm ? FEMALE_COEFFICIENT : 0)
        + BILIRUBIN_COEFFICIENT * lnBili
        + SODIUM_COEFFICIENT * naGap
        + SODIUM_BILIRUBIN_COEFFICIENT * naGap * lnBili
        + INR_COEFFICIENT * Math.log(inr)
        + CREATININE_COEFFICIENT * lnCr
        + ALBUMIN_COEFFICIENT * albGap
        + ALBUMIN_CREATININE_COEFFICIENT * albGap * lnCr
        + CONSTANT;
    int uncapped = Rounding.halfUp(model, 0).intValueExact();
    int allocation = Math.min(uncapped, Meld.CAP);
    if (uncapped > Meld.CAP) {
      notes.add("allocation value capped at " + Meld.CAP + "; model value " + uncapped);
    }

    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("bilirubin_mg_dl", bilirubin);
    inputs.put("creatinine_mg_dl", creatinine);
    inputs.put("inr", inr);
    inputs.put("sodium_mmol_l", sodium);
    inputs.put("albumin_g_dl", albumin);
    inputs.put("sex", visit.sex() == null ? null : visit.sex().label());
    inputs.put("age_years", visit.age() == null ? null : visit.age().years());
    inputs.put("sex_term", sexTerm);
    inputs.put("dialysis", visit.dialysis());
    return new ScoreResult(NAME, allocation, model, null, uncapped, inputs, notes);
  }
}
