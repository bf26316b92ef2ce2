package org.regenarch.clinical.lab;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one place where lab units are converted (SCORES.md, "Conversions"). Arithmetic is done in
 * decimal so that a boundary given in either unit stays exactly on the boundary: 51.3 µmol/L is
 * exactly 3.0 mg/dL, not 3.0000000000000004, which would move a Child-Pugh point.
 */
public final class UnitConversions {
  /** µmol/L per mg/dL of bilirubin (molar mass 584.7 g/mol; SCORES.md). */
  public static final BigDecimal BILIRUBIN_UMOL_L_PER_MG_DL = new BigDecimal("17.1");
  /** µmol/L per mg/dL of creatinine (molar mass 113.1 g/mol; SCORES.md). */
  public static final BigDecimal CREATININE_UMOL_L_PER_MG_DL = new BigDecimal("88.4");
  /** g/L per g/dL of albumin (1 dL = 0.1 L; SCORES.md). */
  public static final BigDecimal ALBUMIN_G_L_PER_G_DL = BigDecimal.TEN;

  private UnitConversions() {}

  public static double bilirubinMgPerDlToUmolPerL(double mgPerDl) {
    return multiply(mgPerDl, BILIRUBIN_UMOL_L_PER_MG_DL);
  }

  public static double bilirubinUmolPerLToMgPerDl(double umolPerL) {
    return divide(umolPerL, BILIRUBIN_UMOL_L_PER_MG_DL);
  }

  public static double creatinineMgPerDlToUmolPerL(double mgPerDl) {
    return multiply(mgPerDl, CREATININE_UMOL_L_PER_MG_DL);
  }

  public static double creatinineUmolPerLToMgPerDl(double umolPerL) {
    return divide(umolPerL, CREATININE_UMOL_L_PER_MG_DL);
  }

  public static double albuminGPerDlToGPerL(double gPerDl) {
    return multiply(gPerDl, ALBUMIN_G_L_PER_G_DL);
  }

  public static double albuminGPerLToGPerDl(double gPerL) {
    return divide(gPerL, ALBUMIN_G_L_PER_G_DL);
  }

  private static double multiply(double value, BigDecimal factor) {
    requireFinite(value);
    return BigDecimal.valueOf(value).multiply(factor).doubleValue();
  }

  private static double divide(double value, BigDecimal factor) {
    requireFinite(value);
    return BigDecimal.valueOf(value).divide(factor, MathContext.DECIMAL64).doubleValue();
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("unit conversion of a non-finite value " + value
          + " (lab records reject these before conversion)");
    }
  }
}
