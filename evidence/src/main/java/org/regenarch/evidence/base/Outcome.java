package org.regenarch.evidence.base;

import java.util.Map;

/**
 * One reported value set for one arm, endpoint and timepoint.
 *
 * @param armId id of the arm in the same study
 * @param endpoint normalised endpoint key (e.g. "meld", "albumin", "death")
 * @param timepoint normalised timepoint key ("baseline", "24w", "6mo"); null when the source gives none
 * @param values the numbers as printed, keyed as {@link StatisticType} requires
 */
public record Outcome(
    String armId,
    String endpoint,
    String endpointAsPrinted,
    String unit,
    String timepoint,
    String timepointAsPrinted,
    StatisticType statistic,
    Map<String, Double> values,
    Integer n,
    String note,
    SourceRef source) {

  public Outcome {
    values = Map.copyOf(values);
  }

  /** A value by key; throws if the statistic type does not carry it. */
  public double value(String key) {
    Double v = values.get(key);
    if (v == null) {
      throw new IllegalStateException("outcome " + endpoint + " has no value '" + key + "'");
    }
    return v;
  }
}
