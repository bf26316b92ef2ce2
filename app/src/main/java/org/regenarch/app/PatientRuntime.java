package org.regenarch.app;

import org.regenarch.model.CirrhosisModel;
import org.regenarch.model.StateFitter;

/** The compiled disease model and its state fitter, built once per process (compiling takes seconds). */
final class PatientRuntime {
  private PatientRuntime() {}

  private static final class Holder {
    static final CirrhosisModel MODEL = CirrhosisModel.standard();
    static final StateFitter FITTER = new StateFitter(MODEL);
  }

  static CirrhosisModel model() {
    return Holder.MODEL;
  }

  static StateFitter fitter() {
    return Holder.FITTER;
  }
}
