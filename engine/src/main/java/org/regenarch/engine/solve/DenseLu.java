package org.regenarch.engine.solve;

/**
 * In-place LU decomposition with partial (row) pivoting of a dense square matrix stored as
 * {@code double[][]}, and the matching forward/back substitution. Allocation-free, so it can run in
 * a solver's step loop (Hipparchus' {@code LUDecomposition} allocates on every factorisation).
 *
 * <p>Algorithm: Doolittle elimination with partial pivoting, as in Golub &amp; Van Loan, Matrix
 * Computations, 4th ed., Algorithm 3.4.1 (and Hairer's DEC/SOL routines used by rodas.f).
 */
public final class DenseLu {

  private DenseLu() {}

  /**
   * Factorises {@code a} in place into L (unit lower, below the diagonal) and U (on and above it).
   *
   * @param a n x n matrix, overwritten by its LU factors
   * @param pivot output, length n: row swapped with row k at step k
   * @return false if the matrix is singular (a zero or non-finite pivot); the content of {@code a} is
   *     then undefined
   */
  public static boolean decompose(double[][] a, int[] pivot) {
    final int n = a.length;
    for (int k = 0; k < n; k++) {
      int p = k;
      double max = Math.abs(a[k][k]);
      for (int i = k + 1; i < n; i++) {
        final double v = Math.abs(a[i][k]);
        if (v > max) {
          max = v;
          p = i;
        }
      }
      pivot[k] = p;
      if (max == 0.0 || !Double.isFinite(max)) {
        return false;
      }
      if (p != k) {
        final double[] tmp = a[p];
        a[p] = a[k];
        a[k] = tmp;
      }
      final double[] rowK = a[k];
      final double inv = 1.0 / rowK[k];
      for (int i = k + 1; i < n; i++) {
        final double[] rowI = a[i];
        final double m = rowI[k] * inv;
        rowI[k] = m;
        if (m != 0.0) {
          for (int j = k + 1; j < n; j++) {
            rowI[j] -= m * rowK[j];
          }
        }
      }
    }
    return true;
  }

  /**
   * Solves A x = b in place using the factors from {@link #decompose}.
   *
   * @param lu factors written by {@link #decompose}
   * @param pivot pivots written by {@link #decompose}
   * @param b right-hand side, overwritten by the solution
   */
  public static void solve(double[][] lu, int[] pivot, double[] b) {
    final int n = lu.length;
    // whole rows (including the multipliers) were swapped, so P A = L U: permute b first (as LAPACK
    // dgetrs does), then solve with the unit lower factor
    for (int k = 0; k < n; k++) {
      final int p = pivot[k];
      if (p != k) {
        final double tmp = b[p];
        b[p] = b[k];
        b[k] = tmp;
      }
    }
    for (int i = 1; i < n; i++) {
      final double[] row = lu[i];
      double s = b[i];
      for (int j = 0; j < i; j++) {
        s -= row[j] * b[j];
      }
      b[i] = s;
    }
    // back substitution with the upper factor
    for (int i = n - 1; i >= 0; i--) {
      final double[] row = lu[i];
      double s = b[i];
      for (int j = i + 1; j < n; j++) {
        s -= row[j] * b[j];
      }
      b[i] = s / row[i];
    }
  }
}
