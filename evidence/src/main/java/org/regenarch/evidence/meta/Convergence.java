package org.regenarch.evidence.meta;

/**
 * Convergence settings of the iterative τ² estimators and the Q-profile CI.
 *
 * <p>{@link #METAFOR_DEFAULT} (the default) runs metafor 3.8's own algorithms with its default
 * control, so the numbers are the ones a metafor user sees: Fisher scoring for REML/ML/EB stops
 * when |Δτ²| ≤ {@code threshold} ({@code rma.uni} control {@code threshold = 10^-5},
 * {@code maxiter = 100}); Paule–Mandel and the Q-profile CI use R's {@code uniroot} (Brent's
 * zeroin, {@link Zeroin}) with {@code tol = .Machine$double.eps^0.25} and maxiter 100
 * ({@code rma.uni}) or 1000 ({@code confint.rma.uni}).
 *
 * <p>{@link #EXACT} solves every estimating equation to near machine precision (Fisher scoring
 * polished by a bracketed root search); it agrees with metafor run with
 * {@code control = list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)}.
 *
 * @param threshold Fisher-scoring stop: |Δτ²| at or below this ends the iteration
 * @param rootTolerance uniroot {@code tol}, also metafor's {@code ll0check} log-likelihood margin
 * @param maxIterations Fisher-scoring and Paule–Mandel iteration limit
 * @param ciMaxIterations Q-profile CI root-search iteration limit
 * @param exact polish to the exact root instead of stopping where metafor stops
 */
public record Convergence(double threshold, double rootTolerance, int maxIterations, int ciMaxIterations,
    boolean exact) {
  /** metafor 3.8 {@code rma.uni}: {@code threshold = 10^-5}. */
  private static final double METAFOR_THRESHOLD = 1e-5;
  /** R {@code uniroot} and metafor default {@code tol = .Machine$double.eps^0.25} (= 2^-13). */
  private static final double METAFOR_TOL = Math.pow(Math.ulp(1.0), 0.25);
  /** metafor 3.8 {@code rma.uni}: {@code maxiter = 100}. */
  private static final int METAFOR_MAXITER = 100;
  /** metafor 3.8 {@code confint.rma.uni}: {@code maxiter = 1000}. */
  private static final int METAFOR_CI_MAXITER = 1000;

  /** metafor's default control: the numbers metafor prints. */
  public static final Convergence METAFOR_DEFAULT =
      new Convergence(METAFOR_THRESHOLD, METAFOR_TOL, METAFOR_MAXITER, METAFOR_CI_MAXITER, false);
  /** Exact solutions (the tight metafor fixtures use threshold = tol = 1e-12, maxiter = 10000). */
  public static final Convergence EXACT = new Convergence(1e-12, 1e-12, 10000, 10000, true);
  /** Former name of {@link #EXACT}. */
  public static final Convergence TIGHT = EXACT;

  /** The API flag behind the CLI's {@code --exact}: exact solutions, or metafor's defaults. */
  public static Convergence of(boolean exact) {
    return exact ? EXACT : METAFOR_DEFAULT;
  }
}
