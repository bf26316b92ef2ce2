package org.regenarch.evidence.base;

import java.util.List;
import java.util.Set;

/**
 * How an outcome was reported, with the value keys each type requires and allows. Values are stored
 * exactly as printed; conversions (SE to SD, median to mean) happen only when pooling.
 */
public enum StatisticType {
  MEAN_SD(List.of("mean", "sd"), Set.of()),
  MEAN_SE(List.of("mean", "se"), Set.of()),
  /** "mean ± x" where the source does not say whether x is an SD or an SE. */
  MEAN_SPREAD_UNSTATED(List.of("mean", "spread"), Set.of()),
  MEDIAN_IQR(List.of("median", "q1", "q3"), Set.of()),
  MEDIAN_RANGE(List.of("median", "min", "max"), Set.of()),
  EVENTS_TOTAL(List.of("events", "total"), Set.of()),
  /** Mean change from baseline with its SD. */
  CHANGE_FROM_BASELINE(List.of("mean_change", "sd_change"), Set.of()),
  MEAN(List.of("mean"), Set.of()),
  PERCENT(List.of("percent"), Set.of()),
  PERCENT_CI(List.of("percent", "ci_lower", "ci_upper"), Set.of("ci_level")),
  INDIVIDUAL_VALUE(List.of("value"), Set.of());

  private final List<String> requiredKeys;
  private final Set<String> optionalKeys;

  StatisticType(List<String> requiredKeys, Set<String> optionalKeys) {
    this.requiredKeys = requiredKeys;
    this.optionalKeys = optionalKeys;
  }

  public List<String> requiredKeys() {
    return requiredKeys;
  }

  public boolean allows(String key) {
    return requiredKeys.contains(key) || optionalKeys.contains(key);
  }
}
