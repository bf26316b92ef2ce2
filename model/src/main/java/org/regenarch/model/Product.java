package org.regenarch.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Cell or vesicle product; potency rows come from the parameter table. */
public enum Product {
  BM_MSC("bm-msc", true, "potency_bm", false),
  UC_MSC("uc-msc", true, "potency_uc", true),
  AD_MSC("ad-msc", true, "potency_ad", false),
  MSC_EV("msc-ev", false, null, false);

  private final String label;
  private final boolean cells;
  private final String potencyId;
  private final boolean alwaysAllogeneic;

  Product(String label, boolean cells, String potencyId, boolean alwaysAllogeneic) {
    this.label = label;
    this.cells = cells;
    this.potencyId = potencyId;
    this.alwaysAllogeneic = alwaysAllogeneic;
  }

  public String label() {
    return label;
  }

  public boolean cells() {
    return cells;
  }

  /** Umbilical-cord cells come from a donor; bone-marrow and adipose cells default to autologous. */
  public boolean alwaysAllogeneic() {
    return alwaysAllogeneic;
  }

  double potency(ParameterTable t) {
    return potencyId == null ? 0 : t.value(potencyId);
  }

  public static Product parse(String text, String spec) {
    for (Product p : values()) {
      if (p.label.equalsIgnoreCase(text.trim())) {
        return p;
      }
    }
    throw new PatientInputException("therapy '" + spec + "': product '" + text + "' is unknown: expected one of "
        + Arrays.stream(values()).map(Product::label).collect(Collectors.joining(", ")));
  }
}
