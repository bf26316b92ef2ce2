package org.regenarch.engine.compile;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.sampling.ODEStateInterpolator;

/**
 * The past of one simulation, for the csymbol delay: the initial state and every accepted step's
 * dense output. Values before the start time are the initial values (SBML). One instance per
 * simulation; the generated model of a model with delays holds it.
 */
public final class DelayHistory {
  private final List<ODEStateInterpolator> steps = new ArrayList<>();
  private final List<Double> stepEnds = new ArrayList<>();
  private GeneratedModel model;
  private double[] p;
  private double t0;
  private double[] y0;
  /** State before the start: the initial values (and initial assignments) evaluated at that time. */
  private java.util.function.DoubleFunction<double[][]> pastState;
  private int symbolCount;
  private int depth;
  /** Nested past evaluations allowed before a self-referring delay is reported. */
  private static final int MAX_DEPTH = 64;

  void bind(GeneratedModel model, int symbolCount) {
    this.model = model;
    this.symbolCount = symbolCount;
  }

  /**
   * Sets the start time, the initial state, the constants and the state before the start
   * (SBML Test Suite semantics: variables follow their initial assignments evaluated at past times).
   */
  public void start(double t0, double[] y0, double[] p, java.util.function.DoubleFunction<double[][]> pastState) {
    this.t0 = t0;
    this.y0 = y0.clone();
    this.pastState = pastState;
    this.p = p;
    steps.clear();
    stepEnds.clear();
  }

  public int size() {
    return steps.size();
  }

  /** Forgets the steps after the first {@code n} (a failed leg that is integrated again). */
  public void truncate(int n) {
    while (steps.size() > n) {
      steps.remove(steps.size() - 1);
      stepEnds.remove(stepEnds.size() - 1);
    }
  }

  public double startTime() {
    return t0;
  }

  public void add(ODEStateInterpolator step) {
    steps.add(step);
    stepEnds.add(step.getCurrentState().getTime());
  }

  /**
   * Value of delayed expression {@code k} at time {@code tPast}. Times after the last accepted step
   * (possible only within the first step after a restart) use the latest known state.
   */
  public double value(int k, double tPast) {
    // Before the start, states keep their initial values while rules of time are evaluated at the
    // past time (as the SBML Test Suite's analytic solutions do).
    double[] y;
    double[] constants = p;
    if (tPast < t0) {
      double[][] past = pastState.apply(tPast); // {state, constants}: initial assignments at tPast
      y = past[0];
      constants = past[1];
    } else {
      y = tPast == t0 ? y0 : stateAt(tPast);
    }
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw new IllegalStateException("delay() refers to itself through more than " + MAX_DEPTH + " past times");
    }
    try {
      return model.delayedValue(k, tPast, y, constants, new double[symbolCount]);
    } finally {
      depth--;
    }
  }

  private double[] stateAt(double t) {
    if (steps.isEmpty() || t <= t0) {
      return y0;
    }
    int n = stepEnds.size();
    if (t >= stepEnds.get(n - 1)) {
      return steps.get(n - 1).getCurrentState().getPrimaryState();
    }
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) { // first step whose end >= t
      int mid = (lo + hi) >>> 1;
      if (stepEnds.get(mid) < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    ODEStateInterpolator s = steps.get(lo);
    double start = s.getPreviousState().getTime();
    return t <= start ? s.getPreviousState().getPrimaryState() : s.getInterpolatedState(t).getPrimaryState();
  }
}
