package org.regenarch.evidence.meta;

/** An iterative estimator did not converge; never replaced by a silent number. */
public final class MetaConvergenceException extends RuntimeException {
  public MetaConvergenceException(String message) {
    super(message);
  }
}
