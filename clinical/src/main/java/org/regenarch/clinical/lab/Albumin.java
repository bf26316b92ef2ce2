package org.regenarch.clinical.lab;

/** Serum albumin with its unit; impossible values are rejected on construction. */
public record Albumin(double value, AlbuminUnit unit) {
  public Albumin {
    if (unit == null) {
      throw new IllegalArgumentException("albumin unit must be given");
    }
    double gPerDl = Double.isFinite(value) && unit == AlbuminUnit.G_PER_L
        ? UnitConversions.albuminGPerLToGPerDl(value) : value;
    LabLimits.ALBUMIN.requirePossible(gPerDl, value, unit.label(),
        unit == AlbuminUnit.G_PER_DL ? v -> v : UnitConversions::albuminGPerDlToGPerL);
  }

  public static Albumin gPerDl(double value) {
    return new Albumin(value, AlbuminUnit.G_PER_DL);
  }

  public static Albumin gPerL(double value) {
    return new Albumin(value, AlbuminUnit.G_PER_L);
  }

  public double inGPerDl() {
    return unit == AlbuminUnit.G_PER_DL ? value : UnitConversions.albuminGPerLToGPerDl(value);
  }

  public double inGPerL() {
    return unit == AlbuminUnit.G_PER_L ? value : UnitConversions.albuminGPerDlToGPerL(value);
  }
}
