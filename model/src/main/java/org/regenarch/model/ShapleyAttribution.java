package org.regenarch.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Exact Shapley values over the five mode switches: v(S) = endpoint with only the modes in S on,
 * minus the no-therapy control; 2^5 = 32 runs (in parallel; the compiled model is thread-safe).
 */
public final class ShapleyAttribution {
  private static final int PLAYERS = Modes.NAMES.size();
  private static final int COALITIONS = 1 << PLAYERS;

  private final PatientSimulator simulator;

  public ShapleyAttribution(PatientSimulator simulator) {
    this.simulator = simulator;
  }

  public Attribution attribute(FittedPatient p, List<TherapySpec> therapies, Endpoint endpoint, double day) {
    if (therapies.isEmpty()) {
      throw new PatientInputException("attribution needs a --therapy");
    }
    if (!(day > 0)) {
      throw new PatientInputException("--day must be > 0, got " + day);
    }
    double control = valueAt(p, List.of(), Modes.ALL_ON, endpoint, day);
    double[] v = IntStream.range(0, COALITIONS).parallel()
        .mapToDouble(mask -> valueAt(p, therapies, Modes.ofMask(mask), endpoint, day) - control)
        .toArray();
    Map<String, Double> contributions = new LinkedHashMap<>();
    for (int i = 0; i < PLAYERS; i++) {
      contributions.put(Modes.NAMES.get(i), shapley(v, i));
    }
    double total = v[COALITIONS - 1] - v[0];
    return new Attribution(endpoint, day, v[COALITIONS - 1] + control, control, total, contributions);
  }

  /** phi_i = sum over S without i of |S|! (n-|S|-1)! / n! (v(S+i) - v(S)). */
  static double shapley(double[] v, int player) {
    double phi = 0;
    for (int s = 0; s < v.length; s++) {
      if ((s & (1 << player)) != 0) {
        continue;
      }
      int size = Integer.bitCount(s);
      phi += weight(size) * (v[s | (1 << player)] - v[s]);
    }
    return phi;
  }

  static double weight(int size) {
    return factorial(size) * factorial(PLAYERS - size - 1) / factorial(PLAYERS);
  }

  private static double factorial(int n) {
    double f = 1;
    for (int k = 2; k <= n; k++) {
      f *= k;
    }
    return f;
  }

  private double valueAt(FittedPatient p, List<TherapySpec> therapies, Modes modes, Endpoint e, double day) {
    Trajectory t = simulator.simulate(p, therapies, modes, day, day);
    return t.last(e.column());
  }
}
