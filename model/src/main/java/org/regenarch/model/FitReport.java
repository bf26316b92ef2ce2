package org.regenarch.model;

import java.util.List;

/**
 * How closely the fitted internal state reproduces the baseline labs.
 *
 * @param injuryActivity fitted untreated injury activity (multiples of healthy hepatocyte death)
 * @param progressionYears years of progression from a healthy liver at that activity
 * @param labs target vs model value, lab by lab
 * @param rmsRelativeError root mean square of the relative errors over the fitted labs
 */
public record FitReport(double injuryActivity, double progressionYears, List<LabFit> labs,
    double rmsRelativeError) {

  public record LabFit(String lab, double target, double model) {
    public double relativeError() {
      return target == 0 ? model - target : (model - target) / target;
    }
  }
}
