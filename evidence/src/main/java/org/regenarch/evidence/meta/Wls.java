package org.regenarch.evidence.meta;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

/** Weighted least squares y = Xβ with weights w; the building block of every rma.uni quantity. */
final class Wls {
  /** metafor's {@code evtol}-like guard for a singular X'WX. */
  private static final double SINGULARITY_THRESHOLD = 1e-12;

  final double[] w;
  final RealMatrix x;
  final RealMatrix xtwxInverse;
  final double[] beta;
  final double[] residual;
  /** Weighted residual sum of squares y'Py. */
  final double rss;

  private Wls(double[] w, RealMatrix x, RealMatrix inv, double[] beta, double[] residual, double rss) {
    this.w = w;
    this.x = x;
    this.xtwxInverse = inv;
    this.beta = beta;
    this.residual = residual;
    this.rss = rss;
  }

  static Wls fit(double[] y, double[] w, RealMatrix x) {
    int k = y.length;
    int p = x.getColumnDimension();
    double[][] a = new double[p][p];
    double[] b = new double[p];
    for (int i = 0; i < k; i++) {
      for (int r = 0; r < p; r++) {
        double xr = x.getEntry(i, r) * w[i];
        b[r] += xr * y[i];
        for (int c = 0; c < p; c++) {
          a[r][c] += xr * x.getEntry(i, c);
        }
      }
    }
    LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(a, false), SINGULARITY_THRESHOLD);
    if (!lu.getSolver().isNonSingular()) {
      throw new MetaInputException("model matrix not of full rank (moderators collinear or constant): cannot fit model");
    }
    RealMatrix inv = lu.getSolver().getInverse();
    double[] beta = inv.operate(b);
    double[] res = new double[k];
    double rss = 0;
    for (int i = 0; i < k; i++) {
      double fitted = 0;
      for (int c = 0; c < p; c++) {
        fitted += x.getEntry(i, c) * beta[c];
      }
      res[i] = y[i] - fitted;
      rss += w[i] * res[i] * res[i];
    }
    return new Wls(w, x, inv, beta, res, rss);
  }

  /** P = W − W X (X'WX)⁻¹ X' W. */
  RealMatrix projection() {
    int k = w.length;
    RealMatrix wx = x.copy();
    for (int i = 0; i < k; i++) {
      for (int c = 0; c < x.getColumnDimension(); c++) {
        wx.setEntry(i, c, wx.getEntry(i, c) * w[i]);
      }
    }
    RealMatrix pm = wx.multiply(xtwxInverse).multiplyTransposed(wx).scalarMultiply(-1);
    for (int i = 0; i < k; i++) {
      pm.addToEntry(i, i, w[i]);
    }
    return pm;
  }

  static double trace(RealMatrix m) {
    return m.getTrace();
  }

  static double sumSquares(RealMatrix m) {
    double s = 0;
    for (int i = 0; i < m.getRowDimension(); i++) {
      for (int j = 0; j < m.getColumnDimension(); j++) {
        s += m.getEntry(i, j) * m.getEntry(i, j);
      }
    }
    return s;
  }

  static double[] weights(double[] v, double tau2) {
    double[] w = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      w[i] = 1 / (v[i] + tau2);
    }
    return w;
  }
}
