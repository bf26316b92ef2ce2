package org.regenarch.evidence.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Mantel–Haenszel (RR, OR, RD) and Peto (OR) pooling on the raw 2×2 tables, as metafor's
 * {@code rma.mh} and {@code rma.peto} (3.8): no continuity correction in the pooled estimate,
 * Robins–Breslow–Greenland variance for OR, Greenland–Robins for RR and RD (Sato form).
 * Heterogeneity Q uses the per-study yi/vi (1/2 added to zero-cell tables, double-zero tables
 * dropped), around the pooled estimate with weights 1/vi.
 */
final class TableMethods {
  private TableMethods() {}

  static PooledEstimate mantelHaenszel(List<StudyEffect> studies, Measure m) {
    double[] a = col(studies, 0);
    double[] b = col(studies, 1);
    double[] c = col(studies, 2);
    double[] d = col(studies, 3);
    int k = a.length;
    double beta;
    double se;
    double[] w = new double[k];
    switch (m) {
      case OR -> {
        double r = 0, s = 0, pr = 0, psqr = 0, qs = 0;
        for (int i = 0; i < k; i++) {
          double n = a[i] + b[i] + c[i] + d[i];
          double pi = a[i] / n + d[i] / n;
          double qi = b[i] / n + c[i] / n;
          double ri = (a[i] / n) * d[i];
          double si = (b[i] / n) * c[i];
          r += ri;
          s += si;
          pr += pi * ri;
          psqr += pi * si + qi * ri;
          qs += qi * si;
          w[i] = si;
        }
        // metafor returns NA when either sum vanishes
        beta = r == 0 || s == 0 ? Double.NaN : Math.log(r / s);
        se = r == 0 || s == 0 ? Double.NaN : Math.sqrt(0.5 * (pr / (r * r) + psqr / (r * s) + qs / (s * s)));
      }
      case RR -> {
        double r = 0, s = 0, num = 0, sa = 0, sc = 0;
        for (int i = 0; i < k; i++) {
          double n = a[i] + b[i] + c[i] + d[i];
          double n1 = a[i] + b[i];
          double n2 = c[i] + d[i];
          r += a[i] * (n2 / n);
          s += c[i] * (n1 / n);
          num += (n1 / n) * (n2 / n) * (a[i] + c[i]) - (a[i] / n) * c[i];
          sa += a[i];
          sc += c[i];
          w[i] = (c[i] / n) * n1;
        }
        // metafor returns NA when a group has no events in any study
        beta = sa == 0 || sc == 0 ? Double.NaN : Math.log(r / s);
        se = sa == 0 || sc == 0 ? Double.NaN : Math.sqrt(num / (r * s));
      }
      case RD -> {
        double num = 0, den = 0, t1 = 0, t2 = 0;
        for (int i = 0; i < k; i++) {
          double n = a[i] + b[i] + c[i] + d[i];
          double n1 = a[i] + b[i];
          double n2 = c[i] + d[i];
          num += a[i] * (n2 / n) - c[i] * (n1 / n);
          den += n1 * (n2 / n);
          w[i] = (n1 / n) * n2;
        }
        beta = num / den;
        for (int i = 0; i < k; i++) {
          double n = a[i] + b[i] + c[i] + d[i];
          double n1 = a[i] + b[i];
          double n2 = c[i] + d[i];
          t1 += c[i] * Math.pow(n1 / n, 2) - a[i] * Math.pow(n2 / n, 2) + (n1 / n) * (n2 / n) * (n2 - n1) / 2;
          t2 += a[i] * (n2 - c[i]) / n + c[i] * (n1 - a[i]) / n;
        }
        se = Math.sqrt((beta * t1 + t2 / 2) / (den * den));
      }
      default -> throw new MetaInputException("Mantel-Haenszel needs measure RR, OR or RD, got " + m);
    }
    return summary(studies, beta, se, heterogeneityAround(studies, beta), percent(w));
  }

  static PooledEstimate peto(List<StudyEffect> studies, Measure m) {
    if (m != Measure.OR) {
      throw new MetaInputException("Peto's method pools odds ratios: use --measure OR, got " + m);
    }
    int k = studies.size();
    double sumOe = 0, sumV = 0, sumOe2v = 0;
    double[] w = new double[k];
    int kPos = 0;
    for (int i = 0; i < k; i++) {
      TwoByTwo t = studies.get(i).table();
      double n = t.total();
      double xt = t.ai() + t.ci();
      double yt = t.bi() + t.di();
      double e = xt * t.n1() / n;
      double vi = xt * yt * (t.n1() / n) * (t.n2() / n) / (n - 1);
      sumOe += t.ai() - e;
      sumV += vi;
      if (vi > 0) {
        sumOe2v += Math.pow(t.ai() - e, 2) / vi;
        kPos++;
      }
      w[i] = vi;
    }
    if (sumV == 0) {
      throw new MetaInputException("Peto's method cannot be used: one of the two outcomes never occurred in any table");
    }
    double beta = sumOe / sumV;
    double se = Math.sqrt(1 / sumV);
    double qe = Math.max(0, sumOe2v - sumOe * sumOe / sumV);
    int kYi = countEffects(studies);
    double[] het = kPos > 1
        ? new double[] {qe, kYi - 1, Stats.chiSquaredUpper(qe, kYi - 1), Math.max(0, 100 * (qe - (kYi - 1)) / qe), qe / (kYi - 1)}
        : new double[] {qe, Math.max(0, kYi - 1), 1, 0, 1};
    return summary(studies, beta, se, het, percent(w));
  }

  /** {QE, df, p, I², H²} of the yi/vi around beta (metafor rma.mh). */
  private static double[] heterogeneityAround(List<StudyEffect> studies, double beta) {
    int kYi = countEffects(studies);
    if (kYi <= 1) {
      return new double[] {0, Math.max(0, kYi - 1), 1, 0, 1};
    }
    double qe = 0;
    for (StudyEffect s : studies) {
      if (s.hasEffect()) {
        qe += Math.pow(s.yi() - beta, 2) / s.vi();
      }
    }
    qe = Math.max(0, qe);
    return new double[] {qe, kYi - 1, Stats.chiSquaredUpper(qe, kYi - 1), Math.max(0, 100 * (qe - (kYi - 1)) / qe), qe / (kYi - 1)};
  }

  private static PooledEstimate summary(List<StudyEffect> studies, double beta, double se, double[] het, double[] weights) {
    double z = beta / se;
    double crit = Stats.normalQuantile(RmaUni.LEVEL_UPPER_QUANTILE);
    return new PooledEstimate(studies.size(), beta, se, z, Stats.twoSidedNormalP(z), beta - crit * se, beta + crit * se,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, het[3], het[4], het[0], (int) het[1], het[2], weights);
  }

  private static int countEffects(List<StudyEffect> studies) {
    int n = 0;
    for (StudyEffect s : studies) {
      if (s.hasEffect()) {
        n++;
      }
    }
    return n;
  }

  private static double[] percent(double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = 100 * w[i] / sum;
    }
    return out;
  }

  private static double[] col(List<StudyEffect> studies, int which) {
    List<Double> out = new ArrayList<>();
    for (StudyEffect s : studies) {
      TwoByTwo t = s.table();
      if (t == null) {
        throw new MetaInputException("Mantel-Haenszel and Peto need 2x2 tables (measure RR, OR or RD)");
      }
      out.add(switch (which) {
        case 0 -> t.ai();
        case 1 -> t.bi();
        case 2 -> t.ci();
        default -> t.di();
      });
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
