package org.regenarch.clinical.lab;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.regenarch.clinical.ClinicalValidationException;

/**
 * Accepted and plausible ranges of each input, in its canonical unit. Values outside the accepted
 * range are impossible (or would break a log or a division) and are rejected; values outside the
 * plausible range are possible but unusual and pass with a warning.
 *
 * <p>These are engineering limits, not clinical reference ranges: the accepted limits are wide
 * enough for every value reported in critically ill patients and narrow enough to catch a unit
 * mix-up (creatinine 170 "mg/dL" is µmol/L, albumin 35 "g/dL" is g/L) and absurd values such as INR
 * 50 or sodium 300 (issue 3).
 */
public enum LabLimits {
  BILIRUBIN("bilirubin", "mg/dL", 0, true, 150, 0.1, 50),
  CREATININE("creatinine", "mg/dL", 0, true, 40, 0.2, 15),
  ALBUMIN("albumin", "g/dL", 0, true, 10, 1.0, 6.0),
  INR("INR", "", 0.5, false, 20, 0.8, 10),
  SODIUM("sodium", "mmol/L", 90, false, 200, 110, 160),
  PLATELETS("platelets", "10^9/L", 0, true, 5000, 5, 1500),
  AST("AST", "U/L", 0, true, 50_000, 3, 10_000),
  ALT("ALT", "U/L", 0, true, 50_000, 3, 10_000),
  AST_UPPER_LIMIT("AST upper limit of normal", "U/L", 0, true, 200, 20, 60),
  PT_PROLONGATION("prothrombin-time prolongation", "s", -5, false, 100, 0, 30),
  AGE("age", "years", 0, false, 130, 0, 110);

  private final String field;
  private final String unit;
  private final double min;
  private final boolean minExclusive;
  private final double max;
  private final double plausibleMin;
  private final double plausibleMax;

  LabLimits(String field, String unit, double min, boolean minExclusive, double max,
      double plausibleMin, double plausibleMax) {
    this.field = field;
    this.unit = unit;
    this.min = min;
    this.minExclusive = minExclusive;
    this.max = max;
    this.plausibleMin = plausibleMin;
    this.plausibleMax = plausibleMax;
  }

  public String field() {
    return field;
  }

  /** Rejects a value given in the canonical unit. */
  public void requirePossible(double canonicalValue) {
    requirePossible(canonicalValue, canonicalValue, unit, DoubleUnaryOperator.identity());
  }

  /**
   * Rejects an impossible value. {@code givenValue} and {@code givenUnit} are what the user wrote;
   * {@code fromCanonical} converts the limits into that unit so the message speaks the user's unit.
   */
  public void requirePossible(double canonicalValue, double givenValue, String givenUnit,
      DoubleUnaryOperator fromCanonical) {
    boolean ok = Double.isFinite(canonicalValue)
        && (minExclusive ? canonicalValue > min : canonicalValue >= min)
        && canonicalValue <= max;
    if (!ok) {
      throw new ClinicalValidationException(field + " = " + fmt(givenValue) + suffix(givenUnit)
          + " is impossible: expected " + (minExclusive ? "> " : ">= ")
          + fmt(fromCanonical.applyAsDouble(min)) + " and <= "
          + fmt(fromCanonical.applyAsDouble(max)) + suffix(givenUnit)
          + (givenUnit.equals(unit) ? "" : " (" + fmt(min) + ".." + fmt(max) + suffix(unit) + ")"));
    }
  }

  /** A warning when the (possible) value lies outside the plausible range. */
  public Optional<String> plausibilityWarning(double canonicalValue) {
    if (canonicalValue < plausibleMin || canonicalValue > plausibleMax) {
      return Optional.of(field + " = " + fmt(canonicalValue) + suffix(unit)
          + " is unusual (plausible range " + fmt(plausibleMin) + ".." + fmt(plausibleMax)
          + suffix(unit) + "); check the value and its unit");
    }
    return Optional.empty();
  }

  private static String suffix(String unit) {
    return unit.isEmpty() ? "" : " " + unit;
  }

  /** Shortest decimal form of a double (NaN and infinities as Java writes them). */
  public static String fmt(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
