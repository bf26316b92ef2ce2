package org.regenarch.model;

import org.regenarch.clinical.patient.Sex;

/** One patient: who, what disease, whether its cause is treated, and the baseline labs. */
public record Patient(
    String name, Etiology etiology, boolean causeTreated, double ageYears, Sex sex, double weightKg,
    BaselineLabs labs) {

  public Patient {
    if (!(weightKg >= 20 && weightKg <= 300)) {
      throw new PatientInputException(name + ": weight_kg " + weightKg + " is not a plausible adult weight (20-300 kg)");
    }
    if (!(ageYears >= 12 && ageYears <= 110)) {
      throw new PatientInputException(name + ": age_years " + ageYears + " is outside 12-110");
    }
  }

  public Patient withCauseTreated(boolean treated) {
    return new Patient(name, etiology, treated, ageYears, sex, weightKg, labs);
  }
}
