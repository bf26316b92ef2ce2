package org.regenarch.evidence.meta;

import java.util.Locale;

/** Human-readable summary in the spirit of metafor's print methods. */
public final class MetaReportText {
  private MetaReportText() {}

  public static String write(MetaReport r) {
    StringBuilder b = new StringBuilder();
    PooledEstimate p = r.overall();
    MetaRequest q = r.request();
    String stat = q.test() == TestType.KNHA && q.method().isRandomEffects() ? "t" : "z";
    b.append(String.format(Locale.ROOT, "Meta-analysis: measure %s, method %s, test %s, k = %d%n",
        q.measure(), q.method(), q.test().label(), p.k()));
    if (q.measure().isLogScale()) {
      b.append("(estimates on the log scale)\n");
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "%-32s %10s %10s %9s%n", "study", "yi", "vi", "weight %"));
    for (int i = 0; i < r.studies().size(); i++) {
      StudyEffect s = r.studies().get(i);
      b.append(String.format(Locale.ROOT, "%-32s %10s %10s %9s%n", clip(s.study()), f(s.yi()), f(s.vi()),
          f2(p.weightsPercent()[i])));
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "estimate %s  se %s  %s %s  p %s%n", f(p.estimate()), f(p.se()), stat,
        f(p.stat()), pv(p.pval())));
    b.append(String.format(Locale.ROOT, "95%% CI [%s, %s]", f(p.ciLb()), f(p.ciUb())));
    if (Double.isFinite(p.piLb())) {
      b.append(String.format(Locale.ROOT, "  95%% PI [%s, %s]", f(p.piLb()), f(p.piUb())));
    }
    b.append('\n');
    if (Double.isFinite(p.tau2())) {
      b.append(String.format(Locale.ROOT, "tau^2 %s  95%% CI [%s, %s] (Q-profile)%n", f(p.tau2()), f(p.tau2CiLb()),
          f(p.tau2CiUb())));
    }
    b.append(String.format(Locale.ROOT, "Q(df = %d) = %s, p %s; I^2 = %s%%; H^2 = %s%n", p.qDf(), f(p.q()),
        pv(p.qPval()), f2(p.i2()), f(p.h2())));
    if (r.subgroups() != null) {
      b.append("\nSubgroups (").append(q.subgroup()).append(")\n");
      for (MetaReport.Subgroup g : r.subgroups()) {
        PooledEstimate s = g.pooled();
        b.append(String.format(Locale.ROOT, "  %-20s k = %-3d estimate %s [%s, %s]  tau^2 %s  I^2 %s%%%n", clip(g.level()),
            s.k(), f(s.estimate()), f(s.ciLb()), f(s.ciUb()), f(s.tau2()), f2(s.i2())));
      }
      b.append(String.format(Locale.ROOT, "  test for subgroup differences: Q(df = %d) = %s, p %s%n",
          r.subgroupTest().df(), f(r.subgroupTest().q()), pv(r.subgroupTest().pval())));
    }
    if (r.moderators() != null) {
      MetaReport.Moderators m = r.moderators();
      b.append("\nMeta-regression\n");
      for (MetaReport.Coefficient c : m.coefficients()) {
        b.append(String.format(Locale.ROOT, "  %-20s %10s  se %s  %s %s  p %s  [%s, %s]%n", clip(c.name()), f(c.estimate()),
            f(c.se()), stat, f(c.stat()), pv(c.pval()), f(c.ciLb()), f(c.ciUb())));
      }
      b.append(String.format(Locale.ROOT, "  QM(df = %d) = %s, p %s; residual tau^2 %s, I^2 %s%%, R^2 %s%%%n", m.qmDf(),
          f(m.qm()), pv(m.qmPval()), f(m.tau2()), f2(m.i2()), f2(m.r2())));
    }
    if (r.leaveOneOut() != null) {
      b.append("\nLeave-one-out\n");
      for (MetaReport.LeaveOneOut l : r.leaveOneOut()) {
        b.append(String.format(Locale.ROOT, "  without %-28s estimate %s  se %s  tau^2 %s  I^2 %s%%%n", clip(l.omitted()),
            f(l.estimate()), f(l.se()), f(l.tau2()), f2(l.i2())));
      }
    }
    if (r.cumulative() != null) {
      b.append("\nCumulative\n");
      for (MetaReport.Cumulative c : r.cumulative()) {
        b.append(String.format(Locale.ROOT, "  + %-30s estimate %s [%s, %s]  tau^2 %s  I^2 %s%%%n", clip(c.added()),
            f(c.estimate()), f(c.ciLb()), f(c.ciUb()), f(c.tau2()), f2(c.i2())));
      }
    }
    if (r.egger() != null) {
      b.append(String.format(Locale.ROOT, "%nEgger's regression test: %s = %s, p %s%n", stat, f(r.egger().stat()),
          pv(r.egger().pval())));
    }
    if (r.trimfill() != null) {
      MetaReport.TrimFill t = r.trimfill();
      b.append(String.format(Locale.ROOT, "%nTrim-and-fill (L0): k0 = %d imputed on the %s side; estimate %s  se %s  [%s, %s]%n",
          t.k0(), t.side(), f(t.estimate()), f(t.se()), f(t.ciLb()), f(t.ciUb())));
    }
    return b.toString();
  }

  private static String clip(String s) {
    return s.length() <= 32 ? s : s.substring(0, 31) + "…";
  }

  private static String f(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "NA";
  }

  private static String f2(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "NA";
  }

  private static String pv(double v) {
    if (!Double.isFinite(v)) {
      return "NA";
    }
    return v < 1e-4 ? "< .0001" : String.format(Locale.ROOT, "= %.4f", v);
  }
}
