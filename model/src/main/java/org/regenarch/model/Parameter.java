package org.regenarch.model;

/**
 * One row of the model's parameter table.
 *
 * @param kind source, calibrated or assumed
 * @param reference citation and conversion (source), the target (calibrated) or the reason (assumed)
 * @param low lower end of the plausible range
 * @param high upper end of the plausible range
 */
public record Parameter(
    String id, double value, String unit, Kind kind, String reference, double low, double high,
    String description) {

  /** Provenance kinds (BRIEF.md, "Parameters: honesty over precision"). */
  public enum Kind {
    SOURCE, CALIBRATED, ASSUMED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
