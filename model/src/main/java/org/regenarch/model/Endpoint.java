package org.regenarch.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Endpoints that attribution can explain; MELD-family endpoints use the unrounded score. */
public enum Endpoint {
  MELD("meld", "meld_unrounded"),
  MELD_NA("meld_na", "meld_na_unrounded"),
  MELD3("meld3", "meld3_unrounded"),
  ALBUMIN("albumin", "albumin_g_dl"),
  BILIRUBIN("bilirubin", "bilirubin_mg_dl"),
  INR("inr", "inr"),
  CREATININE("creatinine", "creatinine_mg_dl"),
  HVPG("hvpg", "hvpg_mmhg"),
  COLLAGEN("collagen", "collagen_percent"),
  FUNCTIONAL_MASS("functional_mass", "functional_mass"),
  SURVIVAL("survival", "survival_probability"),
  DECOMPENSATION("decompensation", "decompensation_probability");

  private final String label;
  private final String column;

  Endpoint(String label, String column) {
    this.label = label;
    this.column = column;
  }

  public String label() {
    return label;
  }

  public String column() {
    return column;
  }

  public static Endpoint parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Endpoint e : values()) {
      if (e.label.equals(t) || e.column.equals(t)) {
        return e;
      }
    }
    throw new PatientInputException("endpoint '" + text + "' is unknown: expected one of "
        + Arrays.stream(values()).map(Endpoint::label).collect(Collectors.joining(", ")));
  }
}
