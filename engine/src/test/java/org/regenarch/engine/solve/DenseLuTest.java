package org.regenarch.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

class DenseLuTest {

  @Test
  void solvesLikeHipparchusLuOnRandomSystems() {
    final Random random = new Random(42);
    for (int n = 1; n <= 12; n++) {
      final double[][] a = new double[n][n];
      final double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        b[i] = random.nextGaussian();
        for (int j = 0; j < n; j++) {
          a[i][j] = random.nextGaussian();
        }
      }
      final RealMatrix reference = MatrixUtils.createRealMatrix(a);
      final RealVector expected =
          new LUDecomposition(reference).getSolver().solve(new ArrayRealVector(b));

      final double[][] lu = copy(a);
      final int[] pivot = new int[n];
      assertThat(DenseLu.decompose(lu, pivot)).isTrue();
      final double[] x = b.clone();
      DenseLu.solve(lu, pivot, x);
      for (int i = 0; i < n; i++) {
        assertThat(x[i]).as("n=%d component %d", n, i).isCloseTo(expected.getEntry(i), within(1e-9));
      }
      // residual check, independent of the reference solver
      final double[] residual = reference.operate(x);
      for (int i = 0; i < n; i++) {
        assertThat(residual[i]).isCloseTo(b[i], within(1e-9));
      }
    }
  }

  @Test
  void needsPivotingWhenTheFirstPivotIsZero() {
    final double[][] a = {{0, 1}, {1, 0}};
    final int[] pivot = new int[2];
    assertThat(DenseLu.decompose(a, pivot)).isTrue();
    final double[] x = {3, 5};
    DenseLu.solve(a, pivot, x);
    assertThat(x).containsExactly(5, 3);
  }

  @Test
  void reportsSingularMatrices() {
    final double[][] a = {{1, 2}, {2, 4}};
    assertThat(DenseLu.decompose(a, new int[2])).isFalse();
    final double[][] nan = {{Double.NaN, 0}, {0, 1}};
    assertThat(DenseLu.decompose(nan, new int[2])).isFalse();
  }

  private static double[][] copy(double[][] a) {
    final double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
