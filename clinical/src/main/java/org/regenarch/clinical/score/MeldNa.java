package org.regenarch.clinical.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.clinical.patient.PatientVisit;

/**
 * MELD-Na (OPTN 2016; SCORES.md "MELD-Na"): from the rounded MELD (uncapped), sodium bounded to
 * 125..137 mmol/L; if MELD > 11, MELD-Na = MELD + 1.32 (137 - Na) - 0.033 MELD (137 - Na), rounded
 * to an integer; otherwise MELD unchanged; maximum 40. Not the Kim 2008 formula.
 *
 * <p>Using the uncapped or the capped MELD gives the same result: at MELD = 40 the sodium terms
 * cancel (1.32 = 0.033 x 40), and above 40 the result only grows, so the cap gives 40 either way.
 */
public final class MeldNa {
  public static final String NAME = "meld-na";
  static final String LABEL = "MELD-Na";

  /** OPTN 2016 MELD-Na coefficients. */
  static final BigDecimal SODIUM_COEFFICIENT = new BigDecimal("1.32");
  static final BigDecimal INTERACTION_COEFFICIENT = new BigDecimal("0.033");
  /** OPTN 2016: sodium bounded to 125..137 mmol/L. */
  static final double SODIUM_MIN_MMOL_L = 125;
  static final double SODIUM_MAX_MMOL_L = 137;
  /** OPTN 2016: the sodium term applies only when MELD > 11. */
  static final int SODIUM_TERM_MIN_EXCLUSIVE_MELD = 11;

  private MeldNa() {}

  public static ScoreResult compute(PatientVisit visit) {
    new Inputs()
        .need(visit.bilirubin(), "bilirubin")
        .need(visit.creatinine(), "creatinine")
        .need(visit.inr(), "INR")
        .need(visit.sodium(), "sodium")
        .check(LABEL);
    Meld.Core meld = Meld.core(visit, LABEL);
    List<String> notes = new ArrayList<>(meld.notes());
    double sodium = boundSodium(visit.sodium().mmolPerL(), notes);
    Map<String, Object> inputs = new LinkedHashMap<>(meld.inputs());
    inputs.put("sodium_mmol_l", sodium);
    inputs.put("meld", meld.meld());

    int uncapped;
    double unrounded;
    if (meld.meld() > SODIUM_TERM_MIN_EXCLUSIVE_MELD) {
      // Decimal arithmetic: MELD is an integer and the coefficients are exact decimals, so a result
      // that is exactly x.5 rounds up as printed rather than by binary accident.
      BigDecimal m = BigDecimal.valueOf(meld.meld());
      BigDecimal gap = BigDecimal.valueOf(SODIUM_MAX_MMOL_L).subtract(BigDecimal.valueOf(sodium));
      BigDecimal exact = m.add(SODIUM_COEFFICIENT.multiply(gap))
          .subtract(INTERACTION_COEFFICIENT.multiply(m).multiply(gap));
      unrounded = exact.doubleValue();
      uncapped = exact.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    } else {
      notes.add("sodium term not applied: MELD " + meld.meld() + " is not > "
          + SODIUM_TERM_MIN_EXCLUSIVE_MELD + " (OPTN 2016)");
      unrounded = 10 * meld.meldI();
      uncapped = meld.meld();
    }
    int value = Math.min(uncapped, Meld.CAP);
    if (uncapped > Meld.CAP) {
      notes.add("MELD-Na " + uncapped + " capped at " + Meld.CAP);
    }
    return new ScoreResult(NAME, value, unrounded, null, null, inputs, notes);
  }

  static double boundSodium(double mmolPerL, List<String> notes) {
    return Bounds.clamp("sodium", mmolPerL, SODIUM_MIN_MMOL_L, SODIUM_MAX_MMOL_L, " mmol/L", notes);
  }
}
