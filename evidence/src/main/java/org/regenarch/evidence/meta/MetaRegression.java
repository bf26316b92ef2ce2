package org.regenarch.evidence.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Mixed-effects meta-regression (metafor {@code rma(yi, vi, mods = ~ a + b)}): numeric columns
 * enter as they are; text columns as treatment-coded factors (first level in sorted order is the
 * reference, coefficient named column+level as in R). R² as metafor: (τ²_RE − τ²_ME)/τ²_RE,
 * floored at 0, in percent; for FE models the adjusted R² of the weighted regression.
 */
final class MetaRegression {
  private MetaRegression() {}

  record Design(double[][] x, List<String> names) {}

  static Design design(List<StudyEffect> studies, List<String> columns, String source) {
    int k = studies.size();
    List<double[]> cols = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double[] one = new double[k];
    java.util.Arrays.fill(one, 1);
    cols.add(one);
    names.add("intrcpt");
    for (String col : columns) {
      String[] raw = new String[k];
      boolean numeric = true;
      for (int i = 0; i < k; i++) {
        StudyEffect s = studies.get(i);
        if (!s.cells().containsKey(col)) {
          throw new MetaInputException(source + ": moderator column '" + col + "' not found in the header");
        }
        raw[i] = s.cells().get(col).trim();
        if (raw[i].isEmpty() || raw[i].equalsIgnoreCase("NA")) {
          throw new MetaInputException(source + " line " + s.line() + " column '" + col + "' (study '" + s.study()
              + "'): moderator value missing");
        }
        try {
          Double.parseDouble(raw[i]);
        } catch (NumberFormatException e) {
          numeric = false;
        }
      }
      if (numeric) {
        double[] c = new double[k];
        for (int i = 0; i < k; i++) {
          c[i] = Double.parseDouble(raw[i]);
        }
        cols.add(c);
        names.add(col);
      } else {
        List<String> levels = new ArrayList<>(new TreeSet<>(List.of(raw)));
        for (String level : levels.subList(1, levels.size())) {
          double[] c = new double[k];
          for (int i = 0; i < k; i++) {
            c[i] = raw[i].equals(level) ? 1 : 0;
          }
          cols.add(c);
          names.add(col + level);
        }
      }
    }
    double[][] x = new double[k][cols.size()];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < cols.size(); j++) {
        x[i][j] = cols.get(j)[i];
      }
    }
    return new Design(x, names);
  }

  static MetaReport.Moderators fit(List<StudyEffect> studies, MetaRequest req, String source) {
    if (req.method().isTableBased()) {
      throw new MetaInputException("meta-regression needs an inverse-variance method (FE or a tau2 estimator), not " + req.method());
    }
    Design d = design(studies, req.moderators(), source);
    double[] y = studies.stream().mapToDouble(StudyEffect::yi).toArray();
    double[] v = studies.stream().mapToDouble(StudyEffect::vi).toArray();
    RmaFit me = RmaUni.fit(y, v, d.x(), d.names(), req.method(), req.test(), req.convergence());
    List<MetaReport.Coefficient> coefs = new ArrayList<>();
    for (int j = 0; j < me.p(); j++) {
      coefs.add(new MetaReport.Coefficient(d.names().get(j), me.beta()[j], me.se()[j], me.stat()[j], me.pval()[j],
          me.ciLb()[j], me.ciUb()[j]));
    }
    double r2 = req.method() == PoolingMethod.FE ? adjustedWeightedR2(y, v, me) : pseudoR2(y, v, req, me);
    return new MetaReport.Moderators(coefs, me.qm(), me.qmDf(), me.qmP(), r2, me.tau2(), me.i2(), me.qe(),
        me.k() - me.p(), me.qeP());
  }

  private static double pseudoR2(double[] y, double[] v, MetaRequest req, RmaFit me) {
    RmaFit re = RmaUni.fit(y, v, RmaUni.interceptOnly(y.length), List.of("intrcpt"), req.method(), req.test(), req.convergence());
    if (re.tau2() == 0) {
      return 0;
    }
    return Math.max(0, 100 * (re.tau2() - me.tau2()) / re.tau2());
  }

  /** metafor for FE models: adjusted R² of lm(yi ~ X, weights = 1/vi), floored at 0, in percent. */
  private static double adjustedWeightedR2(double[] y, double[] v, RmaFit me) {
    int k = y.length;
    double sw = 0;
    double swy = 0;
    for (int i = 0; i < k; i++) {
      sw += 1 / v[i];
      swy += y[i] / v[i];
    }
    double mean = swy / sw;
    double tss = 0;
    for (int i = 0; i < k; i++) {
      tss += Math.pow(y[i] - mean, 2) / v[i];
    }
    if (tss == 0) {
      return 0;
    }
    double r2 = 1 - me.qe() / tss;
    double adj = 1 - (1 - r2) * (k - 1) / (k - me.p());
    return Math.max(0, 100 * adj);
  }
}
