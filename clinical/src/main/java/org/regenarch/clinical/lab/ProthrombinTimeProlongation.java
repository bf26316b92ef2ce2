package org.regenarch.clinical.lab;

/** Prothrombin time above control in seconds (may replace INR in Child-Pugh); impossible values are rejected on construction. */
public record ProthrombinTimeProlongation(double seconds) {
  public ProthrombinTimeProlongation {
    LabLimits.PT_PROLONGATION.requirePossible(seconds);
  }
}
