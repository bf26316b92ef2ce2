package org.regenarch.evidence.meta;

import java.util.List;

/** Everything computed for one request; sections not asked for are null. */
public record MetaReport(
    MetaRequest request, List<StudyEffect> studies, PooledEstimate overall,
    List<Subgroup> subgroups, SubgroupTest subgroupTest, Moderators moderators,
    List<LeaveOneOut> leaveOneOut, List<Cumulative> cumulative, Egger egger, TrimFill trimfill,
    List<String> warnings) {

  public record Subgroup(String level, PooledEstimate pooled, List<Integer> members) {}

  public record SubgroupTest(double q, int df, double pval) {}

  public record Coefficient(String name, double estimate, double se, double stat, double pval, double ciLb, double ciUb) {}

  /** Meta-regression: coefficients, omnibus QM, R² (percent), and residual heterogeneity. */
  public record Moderators(List<Coefficient> coefficients, double qm, int qmDf, double qmPval, double r2,
      double tau2, double i2, double qe, int qeDf, double qePval) {}

  public record LeaveOneOut(String omitted, double estimate, double se, double tau2, double i2) {}

  public record Cumulative(String added, double estimate, double se, double ciLb, double ciUb, double tau2, double i2) {}

  public record Egger(double stat, double pval) {}

  /** k0 filled studies on {@code side}; the filled (yi, vi) pairs for the funnel plot. */
  public record TrimFill(int k0, String side, double estimate, double se, double ciLb, double ciUb,
      double[] filledYi, double[] filledVi) {}
}
