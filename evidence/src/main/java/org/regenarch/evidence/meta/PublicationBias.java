package org.regenarch.evidence.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Egger's regression test as metafor's {@code regtest} default (model "rma", predictor "sei":
 * the same model with the standard error as moderator; FE regression for MH/Peto fits) and
 * Duval &amp; Tweedie trim-and-fill with the L0 estimator as metafor's {@code trimfill}.
 */
final class PublicationBias {
  /** metafor trimfill default {@code maxiter = 100}. */
  private static final int TRIMFILL_MAX_ITERATIONS = 100;

  private PublicationBias() {}

  static MetaReport.Egger egger(List<StudyEffect> studies, MetaRequest req) {
    List<StudyEffect> s = studies.stream().filter(StudyEffect::hasEffect).toList();
    PoolingMethod method = req.method().isTableBased() ? PoolingMethod.FE : req.method();
    TestType test = req.method().isTableBased() ? TestType.Z : req.test();
    if (s.size() < 3) {
      throw new MetaInputException("Egger's test needs at least 3 studies with an effect size, got " + s.size());
    }
    RmaFit f = RmaUni.fit(ys(s), vs(s), withSei(s), List.of("intrcpt", "sei"), method, test, req.convergence());
    return new MetaReport.Egger(f.stat()[1], f.pval()[1]);
  }

  static MetaReport.TrimFill trimfill(List<StudyEffect> studies, MetaRequest req, PooledEstimate original) {
    if (req.method().isTableBased()) {
      throw new MetaInputException("trim-and-fill needs an inverse-variance model (metafor: rma.uni only), not " + req.method());
    }
    int k = studies.size();
    if (k < 3) {
      throw new MetaInputException("trim-and-fill needs at least 3 studies, got " + k);
    }
    Convergence conv = req.convergence();
    double[] y0 = ys(studies);
    double[] v0 = vs(studies);
    RmaFit sideFit = RmaUni.fit(y0, v0, withSei(studies), List.of("intrcpt", "sei"), req.method(), TestType.Z, conv);
    String side = sideFit.beta()[1] < 0 ? "right" : "left";
    double flip = side.equals("right") ? -1 : 1;
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> flip * y0[i])); // stable, as R's radix sort
    double[] y = new double[k];
    double[] v = new double[k];
    for (int i = 0; i < k; i++) {
      y[i] = flip * y0[order[i]];
      v[i] = v0[order[i]];
    }
    int k0 = 0;
    int previous = -1;
    int iter = 0;
    double beta = Double.NaN;
    while (k0 != previous) {
      previous = k0;
      if (++iter > TRIMFILL_MAX_ITERATIONS) {
        throw new MetaConvergenceException("trim-and-fill did not converge in " + TRIMFILL_MAX_ITERATIONS + " iterations");
      }
      double[] yt = Arrays.copyOf(y, k - k0);
      double[] vt = Arrays.copyOf(v, k - k0);
      beta = RmaUni.fit(yt, vt, RmaUni.interceptOnly(yt.length), List.of("intrcpt"), req.method(), TestType.Z, conv).beta()[0];
      double[] c = new double[k];
      for (int i = 0; i < k; i++) {
        c[i] = y[i] - beta;
      }
      double sr = 0;
      int[] ranks = ranksFirst(c);
      for (int i = 0; i < k; i++) {
        if (c[i] > 0) {
          sr += ranks[i];
        }
      }
      double est = (4 * sr - (double) k * (k + 1)) / (2.0 * k - 1);
      k0 = (int) Math.max(0, Math.rint(est)); // R round(): half to even
    }
    if (k0 == 0) {
      return new MetaReport.TrimFill(0, side, original.estimate(), original.se(), original.ciLb(), original.ciUb(),
          new double[0], new double[0]);
    }
    double[] fy = new double[k0];
    double[] fv = new double[k0];
    for (int j = 0; j < k0; j++) {
      int i = k - k0 + j;
      fy[j] = flip * (2 * beta - y[i]); // mirror about the trimmed estimate, back on the original scale
      fv[j] = v[i];
    }
    double[] ya = concat(y0, fy);
    double[] va = concat(v0, fv);
    // metafor refits with rma.uni defaults apart from the method: z test
    RmaFit filled = RmaUni.fit(ya, va, RmaUni.interceptOnly(ya.length), List.of("intrcpt"), req.method(), TestType.Z, conv);
    return new MetaReport.TrimFill(k0, side, filled.beta()[0], filled.se()[0], filled.ciLb()[0], filled.ciUb()[0], fy, fv);
  }

  /** R's rank(abs(x), ties.method = "first") of |x|. */
  private static int[] ranksFirst(double[] c) {
    int k = c.length;
    Integer[] idx = new Integer[k];
    for (int i = 0; i < k; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, Comparator.comparingDouble(i -> Math.abs(c[i])));
    int[] ranks = new int[k];
    for (int r = 0; r < k; r++) {
      ranks[idx[r]] = r + 1;
    }
    return ranks;
  }

  private static double[][] withSei(List<StudyEffect> s) {
    double[][] x = new double[s.size()][2];
    for (int i = 0; i < s.size(); i++) {
      x[i][0] = 1;
      x[i][1] = Math.sqrt(s.get(i).vi());
    }
    return x;
  }

  static double[] ys(List<StudyEffect> s) {
    return s.stream().mapToDouble(StudyEffect::yi).toArray();
  }

  static double[] vs(List<StudyEffect> s) {
    return s.stream().mapToDouble(StudyEffect::vi).toArray();
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static List<Double> list(double[] a) {
    List<Double> out = new ArrayList<>();
    for (double x : a) {
      out.add(x);
    }
    return out;
  }
}
