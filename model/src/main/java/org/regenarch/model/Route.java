package org.regenarch.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Route of administration; where cells land first comes from the parameter table. */
public enum Route {
  PERIPHERAL_VEIN("peripheral-vein", "pv"),
  HEPATIC_ARTERY("hepatic-artery", "ha"),
  PORTAL_VEIN("portal-vein", "portal"),
  INTRASPLENIC("intrasplenic", "is");

  private final String label;
  private final String prefix;

  Route(String label, String prefix) {
    this.label = label;
    this.prefix = prefix;
  }

  public String label() {
    return label;
  }

  double lung(ParameterTable t) {
    return t.value(prefix + "_lung");
  }

  double liver(ParameterTable t) {
    return t.value(prefix + "_liver");
  }

  double spleen(ParameterTable t) {
    return t.value(prefix + "_spleen");
  }

  public static Route parse(String text, String spec) {
    for (Route r : values()) {
      if (r.label.equalsIgnoreCase(text.trim())) {
        return r;
      }
    }
    throw new PatientInputException("therapy '" + spec + "': route '" + text + "' is unknown: expected one of "
        + Arrays.stream(values()).map(Route::label).collect(Collectors.joining(", ")));
  }
}
