package org.regenarch.evidence.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs one request on one table: effect sizes, the pooled model and every asked-for section. */
public final class MetaAnalysis {
  private MetaAnalysis() {}

  public static MetaReport run(MetaTable table, MetaRequest req) {
    boolean tableBased = req.method().isTableBased();
    List<StudyEffect> studies = EffectSizes.compute(table, req.measure(), tableBased, req.method() == PoolingMethod.PETO);
    return run(table.source(), studies, req);
  }

  public static MetaReport run(String source, List<StudyEffect> studies, MetaRequest req) {
    List<String> warnings = new ArrayList<>();
    if (req.test() == TestType.KNHA && !req.method().isRandomEffects()) {
      if (req.method().isTableBased()) {
        warnings.add("--test knha does not apply to " + req.method() + "; z test used");
      } else {
        warnings.add("Knapp & Hartung method is not meant to be used with FE models (as metafor warns)");
      }
    }
    MetaRequest effective = req.method().isTableBased() && req.test() == TestType.KNHA
        ? new MetaRequest(req.measure(), req.method(), TestType.Z, req.subgroup(), req.moderators(), req.leaveOneOut(),
            req.cumulative(), req.egger(), req.trimfill(), req.convergence())
        : req;
    PooledEstimate overall = pool(studies, effective);
    List<MetaReport.Subgroup> subgroups = null;
    MetaReport.SubgroupTest subgroupTest = null;
    if (req.subgroup() != null) {
      subgroups = subgroups(studies, effective, source);
      subgroupTest = subgroupTest(subgroups);
    }
    MetaReport.Moderators mods = req.moderators().isEmpty() ? null : MetaRegression.fit(studies, effective, source);
    List<MetaReport.LeaveOneOut> loo = null;
    if (req.leaveOneOut()) {
      if (studies.size() < 2) {
        throw new MetaInputException("leave-one-out needs at least 2 studies");
      }
      loo = new ArrayList<>();
      for (int i = 0; i < studies.size(); i++) {
        PooledEstimate p = poolOrMissing(Pooling.without(studies, i), effective, warnings,
            "leave-one-out without '" + studies.get(i).study() + "'");
        loo.add(new MetaReport.LeaveOneOut(studies.get(i).study(), p.estimate(), p.se(), p.tau2(), p.i2()));
      }
    }
    List<MetaReport.Cumulative> cum = null;
    if (req.cumulative()) {
      cum = new ArrayList<>();
      for (int i = 1; i <= studies.size(); i++) {
        PooledEstimate p = poolOrMissing(studies.subList(0, i), effective, warnings,
            "cumulative up to '" + studies.get(i - 1).study() + "'");
        cum.add(new MetaReport.Cumulative(studies.get(i - 1).study(), p.estimate(), p.se(), p.ciLb(), p.ciUb(), p.tau2(), p.i2()));
      }
    }
    MetaReport.Egger egger = null;
    if (req.egger()) {
      try {
        egger = PublicationBias.egger(studies, effective);
      } catch (MetaInputException e) {
        warnings.add("egger: " + e.getMessage());
      }
    }
    MetaReport.TrimFill tf = null;
    if (req.trimfill()) {
      try {
        tf = PublicationBias.trimfill(studies, effective, overall);
      } catch (MetaInputException e) {
        warnings.add("trimfill: " + e.getMessage());
      }
    }
    return new MetaReport(effective, List.copyOf(studies), overall, subgroups, subgroupTest, mods, loo, cum, egger, tf,
        List.copyOf(warnings));
  }

  static PooledEstimate pool(List<StudyEffect> studies, MetaRequest req) {
    return Pooling.pool(studies, req.measure(), req.method(), req.test(), req.convergence());
  }

  /** As metafor's leave1out/cumul: a model that does not converge gives NA (null), with a warning. */
  private static PooledEstimate poolOrMissing(List<StudyEffect> studies, MetaRequest req, List<String> warnings, String what) {
    try {
      return pool(studies, req);
    } catch (MetaConvergenceException e) {
      warnings.add(what + ": " + e.getMessage() + "; reported as null");
      double n = Double.NaN;
      return new PooledEstimate(studies.size(), n, n, n, n, n, n, n, n, n, n, n, n, n, n, 0, n, new double[studies.size()]);
    }
  }

  private static List<MetaReport.Subgroup> subgroups(List<StudyEffect> studies, MetaRequest req, String source) {
    Map<String, List<Integer>> byLevel = new TreeMap<>();
    for (int i = 0; i < studies.size(); i++) {
      StudyEffect s = studies.get(i);
      String level = s.cells().get(req.subgroup());
      if (level == null) {
        throw new MetaInputException(source + ": subgroup column '" + req.subgroup() + "' not found in the header");
      }
      if (level.isBlank() || level.equalsIgnoreCase("NA")) {
        throw new MetaInputException(source + " line " + s.line() + " column '" + req.subgroup() + "' (study '"
            + s.study() + "'): subgroup value missing");
      }
      byLevel.computeIfAbsent(level.trim(), l -> new ArrayList<>()).add(i);
    }
    List<MetaReport.Subgroup> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : byLevel.entrySet()) {
      List<StudyEffect> members = e.getValue().stream().map(studies::get).toList();
      out.add(new MetaReport.Subgroup(e.getKey(), pool(members, req), List.copyOf(e.getValue())));
    }
    return out;
  }

  /** Test for subgroup differences as RevMan/meta: Q of the subgroup estimates around their FE mean. */
  static MetaReport.SubgroupTest subgroupTest(List<MetaReport.Subgroup> groups) {
    if (groups.size() < 2) {
      return new MetaReport.SubgroupTest(0, 0, 1);
    }
    double sw = 0;
    double swy = 0;
    for (MetaReport.Subgroup g : groups) {
      double w = 1 / (g.pooled().se() * g.pooled().se());
      sw += w;
      swy += w * g.pooled().estimate();
    }
    double mean = swy / sw;
    double q = 0;
    for (MetaReport.Subgroup g : groups) {
      q += Math.pow(g.pooled().estimate() - mean, 2) / (g.pooled().se() * g.pooled().se());
    }
    int df = groups.size() - 1;
    return new MetaReport.SubgroupTest(q, df, Stats.chiSquaredUpper(q, df));
  }
}
