package org.regenarch.clinical.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal half-up rounding ("round to the tenth", "round to the nearest integer"). */
final class Rounding {
  /** Decimals shown for continuous scores (ALBI, APRI, FIB-4); the unrounded value is kept too. */
  static final int CONTINUOUS_SCORE_DECIMALS = 4;

  private Rounding() {}

  /**
   * Rounds half away from zero at {@code scale} decimals, working on the shortest decimal form of
   * the double so that a printed 2.45 rounds like the decimal 2.45.
   */
  static BigDecimal halfUp(double x, int scale) {
    return BigDecimal.valueOf(x).setScale(scale, RoundingMode.HALF_UP);
  }

  static double continuous(double x) {
    return halfUp(x, CONTINUOUS_SCORE_DECIMALS).doubleValue();
  }
}
