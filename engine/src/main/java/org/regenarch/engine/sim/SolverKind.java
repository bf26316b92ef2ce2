package org.regenarch.engine.sim;

import java.util.Arrays;
import java.util.Locale;

/** The ODE solvers a user can choose. */
public enum SolverKind {
  /** Stiff: Rosenbrock method (Hairer–Wanner), the default because most biology models are stiff. */
  ROSENBROCK("rosenbrock"),
  /** Non-stiff: Hipparchus Dormand–Prince 8(5,3). */
  DORMAND_PRINCE("dormand-prince");

  private final String cliName;

  SolverKind(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static SolverKind fromName(String name) {
    String n = name.toLowerCase(Locale.ROOT).trim();
    for (SolverKind k : values()) {
      if (k.cliName.equals(n) || k.name().equalsIgnoreCase(n)) {
        return k;
      }
    }
    if (n.equals("stiff") || n.equals("rodas")) {
      return ROSENBROCK;
    }
    if (n.equals("nonstiff") || n.equals("non-stiff") || n.equals("dopri")) {
      return DORMAND_PRINCE;
    }
    throw new IllegalArgumentException(
        "unknown solver '" + name + "'; expected one of "
            + Arrays.stream(values()).map(SolverKind::cliName).toList());
  }
}
