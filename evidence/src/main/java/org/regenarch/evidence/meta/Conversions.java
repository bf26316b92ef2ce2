package org.regenarch.evidence.meta;

/**
 * Converting reported statistics to the mean and SD an effect size needs. Methods are named so
 * a review can state which was used:
 * <ul>
 *   <li>SE or 95% CI to SD: Cochrane Handbook (v6.4) §6.5.2.2 — SD = √n·SE; SD = √n·(U−L)/(2·q),
 *       q = z_{0.975} (large samples) or t_{0.975, n−1} (small samples).</li>
 *   <li>Median with range or IQR: Wan X et al., BMC Med Res Methodol 2014;14:135 (SD eqs. 7, 16;
 *       means eqs. 2, 10, 14) and Luo D et al., Stat Methods Med Res 2018;27:1785 (means eqs. 7,
 *       11, 15); the SD always by Wan's formulas, as Luo recommends.</li>
 *   <li>Change-from-baseline SD from a correlation r: Cochrane Handbook §6.5.2.8,
 *       SD_change = √(SD_b² + SD_f² − 2·r·SD_b·SD_f).</li>
 * </ul>
 */
public final class Conversions {
  /** Wan 2014 eq. 7: ξ(n) = 2Φ⁻¹((n − 0.375)/(n + 0.25)). */
  private static final double RANGE_OFFSET = 0.375;
  /** Blom's plotting-position denominator offset, Wan 2014 eqs. 7 and 16. */
  private static final double BLOM_DENOMINATOR = 0.25;
  /** Wan 2014 eq. 16: η(n) = 2Φ⁻¹((0.75n − 0.125)/(n + 0.25)). */
  private static final double IQR_OFFSET = 0.125;

  private Conversions() {}

  public record MeanSd(double mean, double sd, String method) {}

  public static double sdFromSe(double se, double n) {
    requirePositive(n, "n");
    return se * Math.sqrt(n);
  }

  /** 95% CI of a single-group mean to SD using the normal quantile (large samples). */
  public static double sdFromCiNormal(double lower, double upper, double n) {
    requirePositive(n, "n");
    return Math.sqrt(n) * (upper - lower) / (2 * Stats.normalQuantile(RmaUni.LEVEL_UPPER_QUANTILE));
  }

  /** 95% CI of a single-group mean to SD using t with n − 1 df (Handbook advice for small n). */
  public static double sdFromCiT(double lower, double upper, double n) {
    if (!(n > 1)) {
      throw new MetaInputException("n must exceed 1 for the t-based CI conversion, got " + n);
    }
    return Math.sqrt(n) * (upper - lower) / (2 * Stats.tQuantile(RmaUni.LEVEL_UPPER_QUANTILE, n - 1));
  }

  /** Median, minimum, maximum (Wan scenario S1); mean by Wan (eq. 2) or Luo (eq. 7). */
  public static MeanSd fromMedianRange(double min, double median, double max, double n, boolean luo) {
    requireOrdered(min, median, max, n);
    double sd = (max - min) / xi(n);
    if (luo) {
      double w = 4 / (4 + Math.pow(n, 0.75));
      return new MeanSd(w * (min + max) / 2 + (1 - w) * median, sd, "Luo 2018 mean, Wan 2014 SD (median, range)");
    }
    return new MeanSd((min + 2 * median + max) / 4, sd, "Wan 2014 (median, range)");
  }

  /** Median, first and third quartile (Wan scenario S3); mean by Wan (eq. 14) or Luo (eq. 15). */
  public static MeanSd fromMedianIqr(double q1, double median, double q3, double n, boolean luo) {
    requireOrdered(q1, median, q3, n);
    double sd = (q3 - q1) / eta(n);
    if (luo) {
      double w = 0.7 + 0.39 / n;
      return new MeanSd(w * (q1 + q3) / 2 + (1 - w) * median, sd, "Luo 2018 mean, Wan 2014 SD (median, IQR)");
    }
    return new MeanSd((q1 + median + q3) / 3, sd, "Wan 2014 (median, IQR)");
  }

  /** Five-number summary (Wan scenario S2); mean by Wan (eq. 10) or Luo (eq. 11). */
  public static MeanSd fromFiveNumbers(double min, double q1, double median, double q3, double max, double n, boolean luo) {
    requireOrdered(min, q1, median, n);
    requireOrdered(median, q3, max, n);
    double sd = ((max - min) / xi(n) + (q3 - q1) / eta(n)) / 2;
    if (luo) {
      double w1 = 2.2 / (2.2 + Math.pow(n, 0.75));
      double w2 = 0.7 - 0.72 / Math.pow(n, 0.55);
      return new MeanSd(w1 * (min + max) / 2 + w2 * (q1 + q3) / 2 + (1 - w1 - w2) * median, sd,
          "Luo 2018 mean, Wan 2014 SD (five-number summary)");
    }
    return new MeanSd((min + 2 * q1 + 2 * median + 2 * q3 + max) / 8, sd, "Wan 2014 (five-number summary)");
  }

  public static double changeSd(double sdBaseline, double sdFinal, double correlation) {
    if (correlation < -1 || correlation > 1) {
      throw new MetaInputException("correlation must lie in [-1, 1], got " + correlation);
    }
    return Math.sqrt(sdBaseline * sdBaseline + sdFinal * sdFinal - 2 * correlation * sdBaseline * sdFinal);
  }

  static double xi(double n) {
    return 2 * Stats.normalQuantile((n - RANGE_OFFSET) / (n + BLOM_DENOMINATOR));
  }

  static double eta(double n) {
    return 2 * Stats.normalQuantile((0.75 * n - IQR_OFFSET) / (n + BLOM_DENOMINATOR));
  }

  private static void requirePositive(double v, String what) {
    if (!(v > 0)) {
      throw new MetaInputException(what + " must be positive, got " + v);
    }
  }

  private static void requireOrdered(double a, double b, double c, double n) {
    requirePositive(n, "n");
    if (!(a <= b && b <= c) || a == c) {
      throw new MetaInputException("summary statistics must be ordered low <= median <= high with low < high, got "
          + a + ", " + b + ", " + c);
    }
  }
}
