package org.regenarch.evidence.meta;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * Effect sizes from the input table, as metafor's {@code escalc} (version 3.8) computes them:
 * MD, SMD (Hedges' g, exact gamma-function correction, large-sample variance vtype "LS"),
 * ROM (log ratio of means), RR and OR (log scale), RD, and generic yi with vi or sei.
 */
public final class EffectSizes {
  private EffectSizes() {}

  /**
   * @param dropDoubleZero as metafor's {@code drop00}: leave yi/vi undefined for double-zero
   *     tables (used by Mantel–Haenszel and Peto for the heterogeneity test)
   * @param peto per-study Peto log odds ratios instead of the measure's own
   */
  public static List<StudyEffect> compute(MetaTable t, Measure m, boolean dropDoubleZero, boolean peto) {
    List<StudyEffect> out = new ArrayList<>();
    for (StudyRow r : t.rows()) {
      out.add(one(t, r, m, dropDoubleZero, peto));
    }
    return out;
  }

  private static StudyEffect one(MetaTable t, StudyRow r, Measure m, boolean drop00, boolean peto) {
    if (m.isContinuous()) {
      double m1 = t.number(r, "m1i");
      double sd1 = nonNegative(t, r, "sd1i");
      double n1 = positive(t, r, "n1i");
      double m2 = t.number(r, "m2i");
      double sd2 = nonNegative(t, r, "sd2i");
      double n2 = positive(t, r, "n2i");
      double[] e = switch (m) {
        case MD -> new double[] {m1 - m2, sd1 * sd1 / n1 + sd2 * sd2 / n2};
        case SMD -> smd(t, r, m1, sd1, n1, m2, sd2, n2);
        default -> rom(t, r, m1, sd1, n1, m2, sd2, n2);
      };
      return checked(t, r, new StudyEffect(r.study(), r.line(), e[0], e[1], null, r.cells()));
    }
    if (m.isBinary()) {
      TwoByTwo tab = table(t, r);
      if (drop00 && tab.isDoubleZero()) {
        return new StudyEffect(r.study(), r.line(), Double.NaN, Double.NaN, tab, r.cells());
      }
      double[] e = peto ? peto(tab.corrected()) : binary(m, tab.corrected());
      return checked(t, r, new StudyEffect(r.study(), r.line(), e[0], e[1], tab, r.cells()));
    }
    double yi = t.number(r, "yi");
    double vi;
    if (t.hasColumn("vi")) {
      vi = t.number(r, "vi");
    } else if (t.hasColumn("sei")) {
      double se = t.number(r, "sei");
      vi = se * se;
    } else {
      throw new MetaInputException(t.source() + ": measure GEN needs columns yi and vi, or yi and sei");
    }
    return checked(t, r, new StudyEffect(r.study(), r.line(), yi, vi, null, r.cells()));
  }

  private static StudyEffect checked(MetaTable t, StudyRow r, StudyEffect e) {
    if (!(e.vi() > 0) || !Double.isFinite(e.vi()) || !Double.isFinite(e.yi())) {
      throw new MetaInputException(t.source() + " line " + r.line() + " (study '" + r.study()
          + "'): sampling variance is " + e.vi() + " (effect " + e.yi()
          + "); a positive, finite variance is required for inverse-variance weighting");
    }
    return e;
  }

  /** Hedges' g: J(m)·d with J(m) = Γ(m/2) / (√(m/2) Γ((m−1)/2)), m = n1+n2−2 (metafor .cmicalc). */
  static double[] smd(MetaTable t, StudyRow r, double m1, double sd1, double n1, double m2, double sd2, double n2) {
    double df = n1 + n2 - 2;
    if (df <= 1) {
      throw new MetaInputException(t.where(r, "n1i") + ": SMD needs n1i + n2i > 3");
    }
    double sp = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / df);
    double d = (m1 - m2) / sp;
    double g = correction(df) * d;
    double vi = 1 / n1 + 1 / n2 + g * g / (2 * (n1 + n2));
    return new double[] {g, vi};
  }

  /** Exact small-sample correction factor J(m) computed on the log scale. */
  public static double correction(double m) {
    return Math.exp(Gamma.logGamma(m / 2) - Math.log(Math.sqrt(m / 2)) - Gamma.logGamma((m - 1) / 2));
  }

  private static double[] rom(MetaTable t, StudyRow r, double m1, double sd1, double n1, double m2, double sd2, double n2) {
    if (!(m1 > 0) || !(m2 > 0)) {
      throw new MetaInputException(t.where(r, m1 > 0 ? "m2i" : "m1i") + ": ROM needs positive means");
    }
    return new double[] {Math.log(m1 / m2), sd1 * sd1 / (n1 * m1 * m1) + sd2 * sd2 / (n2 * m2 * m2)};
  }

  static double[] binary(Measure m, TwoByTwo c) {
    double p1 = c.ai() / c.n1();
    double p2 = c.ci() / c.n2();
    return switch (m) {
      case RR -> new double[] {Math.log(p1) - Math.log(p2), 1 / c.ai() - 1 / c.n1() + 1 / c.ci() - 1 / c.n2()};
      case OR -> new double[] {Math.log(p1 / (1 - p1)) - Math.log(p2 / (1 - p2)),
          1 / c.ai() + 1 / c.bi() + 1 / c.ci() + 1 / c.di()};
      case RD -> new double[] {p1 - p2, p1 * (1 - p1) / c.n1() + p2 * (1 - p2) / c.n2()};
      default -> throw new IllegalStateException(m.name());
    };
  }

  /** Peto's one-step log odds ratio (O − E)/V with variance 1/V (metafor escalc "PETO"). */
  static double[] peto(TwoByTwo c) {
    double n = c.total();
    double xt = c.ai() + c.ci();
    double yt = c.bi() + c.di();
    double e = xt * c.n1() / n;
    double v = xt * yt * (c.n1() / n) * (c.n2() / n) / (n - 1);
    return new double[] {(c.ai() - e) / v, 1 / v};
  }

  static TwoByTwo table(MetaTable t, StudyRow r) {
    double ai = count(t, r, "ai");
    double ci = count(t, r, "ci");
    double bi;
    double di;
    if (t.hasColumn("bi") && t.hasColumn("di")) {
      bi = count(t, r, "bi");
      di = count(t, r, "di");
    } else if (t.hasColumn("n1i") && t.hasColumn("n2i")) {
      bi = count(t, r, "n1i") - ai;
      di = count(t, r, "n2i") - ci;
      if (bi < 0) {
        throw new MetaInputException(t.where(r, "ai") + ": more events than n1i");
      }
      if (di < 0) {
        throw new MetaInputException(t.where(r, "ci") + ": more events than n2i");
      }
    } else {
      throw new MetaInputException(t.source() + ": binary measures need columns ai,bi,ci,di or ai,n1i,ci,n2i");
    }
    if (ai + bi == 0 || ci + di == 0) {
      throw new MetaInputException(t.source() + " line " + r.line() + " (study '" + r.study() + "'): a group has no participants");
    }
    return new TwoByTwo(ai, bi, ci, di);
  }

  private static double count(MetaTable t, StudyRow r, String col) {
    requireColumn(t, col);
    double v = t.number(r, col);
    if (v < 0 || v != Math.rint(v)) {
      throw new MetaInputException(t.where(r, col) + ": expected a non-negative whole count, got " + v);
    }
    return v;
  }

  private static double positive(MetaTable t, StudyRow r, String col) {
    requireColumn(t, col);
    double v = t.number(r, col);
    if (!(v > 0)) {
      throw new MetaInputException(t.where(r, col) + ": expected a positive sample size, got " + v);
    }
    return v;
  }

  private static double nonNegative(MetaTable t, StudyRow r, String col) {
    requireColumn(t, col);
    double v = t.number(r, col);
    if (v < 0) {
      throw new MetaInputException(t.where(r, col) + ": expected a non-negative SD, got " + v);
    }
    return v;
  }

  private static void requireColumn(MetaTable t, String col) {
    if (!t.hasColumn(col)) {
      throw new MetaInputException(t.source() + ": missing column '" + col + "' (header " + t.header() + ")");
    }
  }
}
