package org.regenarch.evidence.meta;

/**
 * Convergence settings of the iterative estimators. {@link #TIGHT} is what the reference fixtures
 * use in metafor ({@code control = list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)}), so
 * results agree to far better than 1e-6 relative.
 */
public record Convergence(double threshold, double rootTolerance, int maxIterations) {
  public static final Convergence TIGHT = new Convergence(1e-12, 1e-12, 10000);
}
