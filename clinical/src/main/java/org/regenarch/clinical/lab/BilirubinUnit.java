package org.regenarch.clinical.lab;

import org.regenarch.clinical.ClinicalValidationException;

/** Units in which total bilirubin is reported. */
public enum BilirubinUnit {
  MG_PER_DL("mg/dL"),
  UMOL_PER_L("umol/L");

  private final String label;

  BilirubinUnit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Accepts "mg/dL", "umol/L", "µmol/L", "mg_dl", "umol_l" (case-insensitive). */
  public static BilirubinUnit parse(String text) {
    return switch (UnitText.normalize(text)) {
      case "mg/dl" -> MG_PER_DL;
      case "umol/l" -> UMOL_PER_L;
      default -> throw new ClinicalValidationException(
          "bilirubin unit '" + text + "' is unknown: expected mg/dL or umol/L");
    };
  }
}
