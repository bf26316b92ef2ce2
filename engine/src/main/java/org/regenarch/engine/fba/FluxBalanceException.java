package org.regenarch.engine.fba;

/** A flux balance problem has no optimal solution (infeasible or unbounded); the message says which and why. */
public final class FluxBalanceException extends RuntimeException {
  public FluxBalanceException(String message) {
    super(message);
  }
}
