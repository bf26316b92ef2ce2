package org.regenarch.clinical.lab;

/** Total serum bilirubin with its unit; impossible values are rejected on construction. */
public record Bilirubin(double value, BilirubinUnit unit) {
  public Bilirubin {
    if (unit == null) {
      throw new IllegalArgumentException("bilirubin unit must be given");
    }
    double mgPerDl = Double.isFinite(value) && unit == BilirubinUnit.UMOL_PER_L
        ? UnitConversions.bilirubinUmolPerLToMgPerDl(value) : value;
    LabLimits.BILIRUBIN.requirePossible(mgPerDl, value, unit.label(),
        unit == BilirubinUnit.MG_PER_DL ? v -> v : UnitConversions::bilirubinMgPerDlToUmolPerL);
  }

  public static Bilirubin mgPerDl(double value) {
    return new Bilirubin(value, BilirubinUnit.MG_PER_DL);
  }

  public static Bilirubin umolPerL(double value) {
    return new Bilirubin(value, BilirubinUnit.UMOL_PER_L);
  }

  public double inMgPerDl() {
    return unit == BilirubinUnit.MG_PER_DL ? value : UnitConversions.bilirubinUmolPerLToMgPerDl(value);
  }

  public double inUmolPerL() {
    return unit == BilirubinUnit.UMOL_PER_L ? value : UnitConversions.bilirubinMgPerDlToUmolPerL(value);
  }
}
