package org.regenarch.clinical.score;

import org.regenarch.clinical.lab.LabLimits;

/**
 * Three interpretation bands split at two cut-offs, with configurable labels (SCORES.md, APRI:
 * "keep labels configurable, always show the number").
 *
 * @param lowerCutoff values below it (or equal, when {@code lowerInclusive}) are in the low band
 * @param upperCutoff values above it are in the high band; the middle band includes it
 */
public record ThreeBands(double lowerCutoff, boolean lowerInclusive, double upperCutoff,
    String lowLabel, String middleLabel, String highLabel) {

  public ThreeBands {
    if (!(lowerCutoff < upperCutoff)) {
      throw new IllegalArgumentException(
          "band cut-offs must increase: " + lowerCutoff + " then " + upperCutoff);
    }
  }

  /** E.g. "<= 0.5 rule-out, > 1.5 rule-in, between indeterminate". */
  public String describe() {
    return (lowerInclusive ? "<= " : "< ") + LabLimits.fmt(lowerCutoff) + " " + lowLabel + ", > "
        + LabLimits.fmt(upperCutoff) + " " + highLabel + ", between " + middleLabel;
  }

  public String classify(double value) {
    if (value < lowerCutoff || (lowerInclusive && value == lowerCutoff)) {
      return lowLabel;
    }
    return value > upperCutoff ? highLabel : middleLabel;
  }
}
