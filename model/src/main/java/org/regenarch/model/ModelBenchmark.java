package org.regenarch.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Speed of the disease model, as virtual trials will use it: one 2-year run of the decompensated-hbv
 * preset with monthly output, with the UC-MSC regimen and without therapy (the reference, measured in
 * the same run), each the median of timed runs after warm-up.
 */
public final class ModelBenchmark {
  /** Outputs of a typical trial run. */
  static final List<String> OUTPUTS = List.of("Alb", "Bili", "inr", "creatinine", "sodium", "hvpg", "survival_probability");
  static final double DAYS = 730;
  static final int STEPS = 24;

  /**
   * @param therapyMs median ms of a run with therapy
   * @param controlMs median ms of the same run without therapy (reference)
   * @param survivalWithTherapy survival probability at 2 years in the timed run (to check it is the real run)
   */
  public record Result(double therapyMs, double controlMs, int runs, double survivalWithTherapy) {
    public double ratio() {
      return therapyMs / controlMs;
    }
  }

  private ModelBenchmark() {}

  public static Result run(CirrhosisModel model, int warmup, int runs) {
    if (warmup < 0 || runs < 1) {
      throw new IllegalArgumentException("warm-up must be >= 0 and runs >= 1, got " + warmup + " and " + runs);
    }
    ModelChecks mc = new ModelChecks(model);
    FittedPatient p = mc.fitter().fit(Presets.get("decompensated-hbv"));
    Map<String, Double> therapy = mc.simulator().overrides(p, List.of(TherapySpec.parse(ModelChecks.UC_REGIMEN)), Modes.ALL_ON);
    Map<String, Double> control = mc.simulator().overrides(p, List.of(), Modes.ALL_ON);
    for (int i = 0; i < warmup; i++) {
      model.run(DAYS, STEPS, OUTPUTS, therapy);
      model.run(DAYS, STEPS, OUTPUTS, control);
    }
    double[] withTherapy = new double[runs];
    double[] without = new double[runs];
    double survival = Double.NaN;
    for (int i = 0; i < runs; i++) { // interleaved, so both see the same machine load
      long t0 = System.nanoTime();
      var r = model.run(DAYS, STEPS, OUTPUTS, therapy);
      withTherapy[i] = (System.nanoTime() - t0) / 1e6;
      survival = r.value(STEPS, "survival_probability");
      t0 = System.nanoTime();
      model.run(DAYS, STEPS, OUTPUTS, control);
      without[i] = (System.nanoTime() - t0) / 1e6;
    }
    return new Result(median(withTherapy), median(without), runs, survival);
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
