package org.regenarch.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The standard model, fitter and fitted presets, shared by the tests of one JVM (compiling takes seconds). */
final class Fixtures {
  static final CirrhosisModel MODEL = CirrhosisModel.standard();
  static final StateFitter FITTER = new StateFitter(MODEL);
  static final PatientSimulator SIM = new PatientSimulator(MODEL);
  private static final Map<String, FittedPatient> FITTED = new ConcurrentHashMap<>();

  private Fixtures() {}

  static FittedPatient preset(String name) {
    return FITTED.computeIfAbsent(name, n -> FITTER.fit(Presets.get(n)));
  }
}
