package org.regenarch.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Cause of the liver disease; each maps to parameter-table rows (inflammation, cholestasis, residual). */
public enum Etiology {
  NONE("none", "etio_hbv_inflammation", null, "residual_hbv"),
  HBV("hbv", "etio_hbv_inflammation", null, "residual_hbv"),
  HCV("hcv", "etio_hcv_inflammation", null, "residual_hcv"),
  ALCOHOL("alcohol", "etio_alcohol_inflammation", null, "residual_alcohol"),
  MASLD("masld", "etio_masld_inflammation", null, "residual_masld"),
  PBC("pbc", "etio_pbc_inflammation", "etio_pbc_cholestasis", "residual_pbc");

  private final String label;
  private final String inflammationId;
  private final String cholestasisId;
  private final String residualId;

  Etiology(String label, String inflammationId, String cholestasisId, String residualId) {
    this.label = label;
    this.inflammationId = inflammationId;
    this.cholestasisId = cholestasisId;
    this.residualId = residualId;
  }

  public String label() {
    return label;
  }

  /** PBC uses the cholestatic Child-Pugh bilirubin bands. */
  public boolean cholestatic() {
    return this == PBC;
  }

  double inflammation(ParameterTable t) {
    return t.value(inflammationId);
  }

  double cholestasis(ParameterTable t) {
    return cholestasisId == null ? 0 : t.value(cholestasisId);
  }

  double residual(ParameterTable t) {
    return t.value(residualId);
  }

  public static Etiology parse(String text, String where) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("mash", "masld")
        .replace("nash", "masld").replace("alcoholic", "alcohol").replace("ald", "alcohol");
    for (Etiology e : values()) {
      if (e.label.equals(t)) {
        return e;
      }
    }
    throw new PatientInputException(where + ": etiology '" + text + "' is unknown: expected one of "
        + Arrays.stream(values()).map(Etiology::label).collect(Collectors.joining(", ")));
  }
}
