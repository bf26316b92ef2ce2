package org.regenarch.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.Sex;

/**
 * Named example patients. Their labs are illustrative typical values for each stage (assumed, not
 * taken from a cohort): compensated Child A, decompensated Child B with MELD about 15, and so on.
 * Adult of 70 kg by default (the weight most trial doses per kg are quoted for).
 */
public final class Presets {
  private static final Map<String, Patient> ALL = new LinkedHashMap<>();

  static {
    add("healthy", Etiology.NONE, 45, Sex.MALE, 0.65, 4.2, 1.0, 0.9, 140, 3.0, Ascites.NONE);
    add("compensated-hbv", Etiology.HBV, 50, Sex.MALE, 1.1, 3.8, 1.15, 0.9, 139, 10.0, Ascites.NONE);
    add("decompensated-hbv", Etiology.HBV, 52, Sex.MALE, 2.5, 2.9, 1.6, 1.0, 134, null, Ascites.MILD);
    add("decompensated-alcohol", Etiology.ALCOHOL, 55, Sex.MALE, 3.5, 2.7, 1.7, 1.1, 132, null, Ascites.MODERATE_SEVERE);
    add("decompensated-hcv", Etiology.HCV, 58, Sex.FEMALE, 2.2, 3.0, 1.5, 1.0, 135, null, Ascites.MILD);
    add("decompensated-masld", Etiology.MASLD, 60, Sex.FEMALE, 2.0, 3.0, 1.5, 1.3, 135, null, Ascites.MILD);
    add("pbc", Etiology.PBC, 55, Sex.FEMALE, 3.0, 3.5, 1.2, 0.8, 139, null, Ascites.NONE);
  }

  private Presets() {}

  private static void add(String name, Etiology e, double age, Sex sex, double bili, double alb,
      double inr, double cr, double na, Double hvpg, Ascites ascites) {
    ALL.put(name, new Patient(name, e, false, age, sex, 70,
        new BaselineLabs(bili, alb, inr, cr, na, hvpg, ascites, Encephalopathy.NONE)));
  }

  public static Map<String, Patient> all() {
    return java.util.Collections.unmodifiableMap(ALL);
  }

  public static Patient get(String name) {
    Patient p = ALL.get(name == null ? "" : name.trim());
    if (p == null) {
      throw new PatientInputException("preset '" + name + "' is unknown: expected one of "
          + String.join(", ", ALL.keySet()));
    }
    return p;
  }
}
