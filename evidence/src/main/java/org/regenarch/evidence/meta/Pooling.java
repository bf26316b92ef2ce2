package org.regenarch.evidence.meta;

import java.util.ArrayList;
import java.util.List;

/** Pools a list of studies with one model (intercept only) into the contract's summary numbers. */
final class Pooling {
  private Pooling() {}

  static PooledEstimate pool(List<StudyEffect> studies, Measure measure, PoolingMethod method, TestType test, Convergence conv) {
    if (studies.isEmpty()) {
      throw new MetaInputException("no studies to pool");
    }
    if (method == PoolingMethod.MH) {
      return TableMethods.mantelHaenszel(studies, measure);
    }
    if (method == PoolingMethod.PETO) {
      return TableMethods.peto(studies, measure);
    }
    double[] y = studies.stream().mapToDouble(StudyEffect::yi).toArray();
    double[] v = studies.stream().mapToDouble(StudyEffect::vi).toArray();
    double[][] x = RmaUni.interceptOnly(y.length);
    RmaFit f = RmaUni.fit(y, v, x, List.of("intrcpt"), method, test, conv);
    double piLb = Double.NaN;
    double piUb = Double.NaN;
    double ciTauLb = Double.NaN;
    double ciTauUb = Double.NaN;
    if (method.isRandomEffects()) {
      // metafor predict.rma: t quantile with max(1, k−p) df under Knapp–Hartung
      double crit = test == TestType.KNHA
          ? Stats.tQuantile(RmaUni.LEVEL_UPPER_QUANTILE, Math.max(1, f.k() - f.p()))
          : Stats.normalQuantile(RmaUni.LEVEL_UPPER_QUANTILE);
      double half = crit * Math.sqrt(f.se()[0] * f.se()[0] + f.tau2());
      piLb = f.beta()[0] - half;
      piUb = f.beta()[0] + half;
      double[] ci = RmaUni.tau2QProfile(y, v, x, f.tau2(), conv);
      ciTauLb = ci[0];
      ciTauUb = ci[1];
    }
    return new PooledEstimate(f.k(), f.beta()[0], f.se()[0], f.stat()[0], f.pval()[0], f.ciLb()[0], f.ciUb()[0],
        piLb, piUb, f.tau2(), ciTauLb, ciTauUb, f.i2(), f.h2(), f.qe(), Math.max(0, f.k() - f.p()), f.qeP(),
        f.weightsPercent());
  }

  static List<StudyEffect> without(List<StudyEffect> all, int index) {
    List<StudyEffect> out = new ArrayList<>(all);
    out.remove(index);
    return out;
  }
}
