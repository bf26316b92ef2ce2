package org.regenarch.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.engine.sim.SimulationResult;

/** Runs a fitted patient with therapies and mode switches and derives the clinical outputs. */
public final class PatientSimulator {
  /** Unrounded score columns (used by attribution; MELD family rounding would hide small effects). */
  public static final List<String> UNROUNDED = List.of("meld_unrounded", "meld_na_unrounded", "meld3_unrounded");
  /**
   * Solver noise around zero: decayed pools (MSC, EVs, ascites) can undershoot zero by far less than
   * this (absolute tolerance 1e-9); such values are reported as 0. Larger negatives are kept so a
   * real error would show.
   */
  public static final double NUMERICAL_ZERO = 1e-6;
  /** Output columns that may be negative (ALBI is a negative score by construction). */
  static final java.util.Set<String> SIGNED = java.util.Set.of("albi");
  /** Maximum output rows of one run (guards memory with fractional --every). */
  public static final int MAX_ROWS = 200_000;

  private final CirrhosisModel model;

  public PatientSimulator(CirrhosisModel model) {
    this.model = model;
  }

  public CirrhosisModel model() {
    return model;
  }

  /** All parameter overrides of one run (state, patient, therapy, switches). */
  public Map<String, Double> overrides(FittedPatient p, List<TherapySpec> therapies, Modes modes) {
    Map<String, Double> o = new HashMap<>(p.overrides());
    o.putAll(TherapyPlan.overrides(therapies, p.patient().weightKg(), model.parameters()));
    o.putAll(modes.overrides());
    return o;
  }

  public Trajectory simulate(FittedPatient p, List<TherapySpec> therapies, Modes modes, double days, double every) {
    if (!(days > 0) || Double.isInfinite(days)) {
      throw new PatientInputException("--days must be a positive number, got " + days);
    }
    if (!(every > 0) || every > days) {
      throw new PatientInputException("--every must be > 0 and <= --days, got " + every);
    }
    // Rows every `every` days, never past `days`; an interval that divides `days` up to a rounded
    // decimal (0.0416667 for an hour) ends exactly on `days`.
    double intervals = days / every;
    long nearest = Math.round(intervals);
    boolean divides = Math.abs(intervals - nearest) <= 1e-5 * Math.max(1, intervals);
    long steps = Math.max(1, divides ? nearest : (long) Math.floor(intervals));
    double duration = divides ? days : steps * every;
    if (steps + 1 > MAX_ROWS) {
      throw new PatientInputException("--days " + days + " / --every " + every + " gives " + (steps + 1)
          + " rows; the limit is " + MAX_ROWS);
    }
    Map<String, Double> o = overrides(p, therapies, modes);
    SimulationResult r = model.run(duration, (int) steps, OutputColumns.modelIds(), o);
    List<String> columns = new ArrayList<>(OutputColumns.names());
    columns.addAll(UNROUNDED);
    double[][] values = new double[r.times().length][columns.size()];
    double[] dayValues = new double[r.times().length];
    for (int row = 0; row < r.times().length; row++) {
      dayValues[row] = r.times()[row];
      double[] out = values[row];
      int c = 0;
      for (String name : OutputColumns.names()) {
        String id = OutputColumns.modelIdOf(name);
        if (id != null) {
          double v = r.value(row, id);
          out[c] = v < 0 && v > -NUMERICAL_ZERO && !SIGNED.contains(name) ? 0.0 : v;
        }
        c++;
      }
      ClinicalScores.Values s = ClinicalScores.compute(p.patient(), r.value(row, "Bili"), r.value(row, "Alb"),
          r.value(row, "inr"), r.value(row, "creatinine"), r.value(row, "sodium"), r.value(row, "Asc"),
          r.value(row, "he_index"));
      out[columns.indexOf("meld")] = s.meld();
      out[columns.indexOf("meld_na")] = s.meldNa();
      out[columns.indexOf("meld3")] = s.meld3();
      out[columns.indexOf("child_pugh")] = s.childPugh();
      out[columns.indexOf("albi")] = s.albi();
      out[columns.indexOf("meld_unrounded")] = s.meldUnrounded();
      out[columns.indexOf("meld_na_unrounded")] = s.meldNaUnrounded();
      out[columns.indexOf("meld3_unrounded")] = s.meld3Unrounded();
    }
    return new Trajectory(columns, dayValues, values);
  }
}
