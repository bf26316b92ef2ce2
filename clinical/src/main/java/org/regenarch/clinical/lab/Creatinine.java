package org.regenarch.clinical.lab;

/** Serum creatinine with its unit; impossible values are rejected on construction. */
public record Creatinine(double value, CreatinineUnit unit) {
  public Creatinine {
    if (unit == null) {
      throw new IllegalArgumentException("creatinine unit must be given");
    }
    double mgPerDl = Double.isFinite(value) && unit == CreatinineUnit.UMOL_PER_L
        ? UnitConversions.creatinineUmolPerLToMgPerDl(value) : value;
    LabLimits.CREATININE.requirePossible(mgPerDl, value, unit.label(),
        unit == CreatinineUnit.MG_PER_DL ? v -> v : UnitConversions::creatinineMgPerDlToUmolPerL);
  }

  public static Creatinine mgPerDl(double value) {
    return new Creatinine(value, CreatinineUnit.MG_PER_DL);
  }

  public static Creatinine umolPerL(double value) {
    return new Creatinine(value, CreatinineUnit.UMOL_PER_L);
  }

  public double inMgPerDl() {
    return unit == CreatinineUnit.MG_PER_DL ? value : UnitConversions.creatinineUmolPerLToMgPerDl(value);
  }

  public double inUmolPerL() {
    return unit == CreatinineUnit.UMOL_PER_L ? value : UnitConversions.creatinineMgPerDlToUmolPerL(value);
  }
}
