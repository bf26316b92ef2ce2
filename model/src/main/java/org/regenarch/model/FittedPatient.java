package org.regenarch.model;

import java.util.Map;

/**
 * A patient together with the model state and individual parameters consistent with the baseline
 * labs: every run of this patient starts from {@code overrides}.
 */
public record FittedPatient(Patient patient, Map<String, Double> overrides, FitReport fit) {
  public FittedPatient {
    overrides = Map.copyOf(overrides);
  }
}
