package org.regenarch.evidence.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link Zeroin} against R 4 {@code uniroot} (stats, C routine zeroin2): given the same function
 * it must stop at the same iterate, not merely near the root. Expected values printed by
 * {@code Rscript -e 'options(digits=17); uniroot(f, interval, tol = tol)$root'}.
 */
class ZeroinTest {
  private static final double R_DEFAULT_TOL = Math.pow(Math.ulp(1.0), 0.25);
  /** uniroot's default maxiter. */
  private static final int R_MAXITER = 1000;

  private static double uniroot(DoubleUnaryOperator f, double lo, double hi, double tol, int maxIter) {
    return Zeroin.solve(f, lo, hi, f.applyAsDouble(lo), f.applyAsDouble(hi), tol, maxIter, "test");
  }

  @Test
  void reproducesUnirootIteratesNotJustTheRoot() {
    // the exact roots differ from these in the 5th-9th digit: only R's iterate sequence gives them
    assertThat(uniroot(x -> x * x * x - 2 * x - 5, 2, 3, R_DEFAULT_TOL, R_MAXITER)).isEqualTo(2.0945412049478809);
    assertThat(uniroot(x -> Math.cos(x) - x, 0, 1, 1e-3, R_MAXITER)).isEqualTo(0.73909105828536981);
    assertThat(uniroot(x -> Math.exp(x) - 10, 0, 100, R_DEFAULT_TOL, R_MAXITER)).isEqualTo(2.3025797648639434);
    assertThat(uniroot(x -> Math.pow(x - 1, 3), 0, 3, 1e-8, R_MAXITER)).isEqualTo(0.99999999905350978);
    assertThat(uniroot(x -> 1 / (x - 0.3), 0, 1, 1e-6, R_MAXITER)).isEqualTo(0.30000076292419425);
  }

  @Test
  void iterationLimitIsRsAndFailsLoudly() {
    // R: uniroot((x-1)^3, c(0,3), tol = 1e-8) needs 60 iterations; maxiter = 59 warns "_NOT_ converged"
    DoubleUnaryOperator f = x -> Math.pow(x - 1, 3);
    assertThat(uniroot(f, 0, 3, 1e-8, 60)).isEqualTo(0.99999999905350978);
    assertThatThrownBy(() -> uniroot(f, 0, 3, 1e-8, 59))
        .isInstanceOf(MetaConvergenceException.class).hasMessageContaining("did not converge in 59");
  }

  @Test
  void rootAtAnEndIsReturnedAndNoBracketIsAnError() {
    assertThat(uniroot(x -> x, 0, 1, R_DEFAULT_TOL, R_MAXITER)).isZero();
    assertThatThrownBy(() -> uniroot(x -> x * x + 1, -1, 1, R_DEFAULT_TOL, R_MAXITER))
        .isInstanceOf(MetaConvergenceException.class).hasMessageContaining("not of opposite sign");
  }
}
