package org.regenarch.engine.testsuite;

import java.util.Optional;
import org.regenarch.engine.io.ResultCsv;
import org.regenarch.engine.sim.SimulationResult;

/**
 * The SBML Test Suite's pass rule: for expected value c and simulated value u,
 * {@code |c - u| <= absolute + relative * |c|} at every time and for every variable
 * (../shared/sbml-test-suite/README.md). A NaN expected value is matched only by NaN; an infinite
 * expected value only by the same infinity.
 */
public final class PassRule {
  private PassRule() {}

  /** Returns the first mismatch (variable, time, expected, actual), or empty when all values pass. */
  public static Optional<String> firstMismatch(
      ResultCsv expected, SimulationResult actual, double absolute, double relative) {
    if (actual.values().length != expected.rows()) {
      return Optional.of("expected " + expected.rows() + " rows, got " + actual.values().length);
    }
    int[] index = new int[expected.columns().size()];
    for (int c = 0; c < index.length; c++) {
      index[c] = actual.columns().indexOf(expected.columns().get(c));
      if (index[c] < 0) {
        return Optional.of("missing column '" + expected.columns().get(c) + "' (got " + actual.columns() + ")");
      }
    }
    for (int r = 0; r < expected.rows(); r++) {
      if (expected.hasTime() && !matches(expected.times()[r], actual.times()[r], absolute, relative)) {
        return Optional.of("row " + r + ": time expected " + expected.times()[r] + ", got " + actual.times()[r]);
      }
      for (int c = 0; c < index.length; c++) {
        double e = expected.values()[r][c];
        double u = actual.values()[r][index[c]];
        if (!matches(e, u, absolute, relative)) {
          String time = expected.hasTime() ? "t=" + expected.times()[r] : "row " + r;
          return Optional.of(expected.columns().get(c) + " at " + time + ": expected " + e + ", got " + u);
        }
      }
    }
    return Optional.empty();
  }

  /** The per-value rule. */
  public static boolean matches(double expected, double actual, double absolute, double relative) {
    if (Double.isNaN(expected)) {
      return Double.isNaN(actual);
    }
    if (Double.isInfinite(expected)) {
      return expected == actual;
    }
    return Math.abs(expected - actual) <= absolute + relative * Math.abs(expected);
  }
}
