package org.regenarch.evidence.meta;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON contract of {@code regenarch meta --format json} (metafor conventions, I² and weights in %). */
public final class MetaReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MetaReportJson() {}

  public static String write(MetaReport r) {
    try {
      return MAPPER.writeValueAsString(toJson(r));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode toJson(MetaReport r) {
    ObjectNode o = MAPPER.createObjectNode();
    PooledEstimate p = r.overall();
    o.put("k", p.k());
    o.put("measure", r.request().measure().name());
    o.put("method", r.request().method().name());
    o.put("test", r.request().test().label());
    num(o, "estimate", p.estimate());
    num(o, "se", p.se());
    num(o, "stat", p.stat());
    num(o, "pval", p.pval());
    num(o, "ci_lb", p.ciLb());
    num(o, "ci_ub", p.ciUb());
    num(o, "pi_lb", p.piLb());
    num(o, "pi_ub", p.piUb());
    num(o, "tau2", p.tau2());
    num(o, "tau2_ci_lb", p.tau2CiLb());
    num(o, "tau2_ci_ub", p.tau2CiUb());
    num(o, "i2", p.i2());
    num(o, "h2", p.h2());
    num(o, "q", p.q());
    o.put("q_df", p.qDf());
    num(o, "q_pval", p.qPval());
    ArrayNode studies = o.putArray("studies");
    for (int i = 0; i < r.studies().size(); i++) {
      StudyEffect s = r.studies().get(i);
      ObjectNode n = studies.addObject();
      n.put("study", s.study());
      num(n, "yi", s.yi());
      num(n, "vi", s.vi());
      num(n, "weight", p.weightsPercent()[i]);
    }
    if (r.subgroups() != null) {
      ArrayNode a = o.putArray("subgroups");
      for (MetaReport.Subgroup g : r.subgroups()) {
        ObjectNode n = a.addObject();
        n.put("level", g.level());
        n.put("k", g.pooled().k());
        num(n, "estimate", g.pooled().estimate());
        num(n, "se", g.pooled().se());
        num(n, "ci_lb", g.pooled().ciLb());
        num(n, "ci_ub", g.pooled().ciUb());
        num(n, "tau2", g.pooled().tau2());
        num(n, "i2", g.pooled().i2());
      }
      ObjectNode t = o.putObject("subgroup_test");
      num(t, "q", r.subgroupTest().q());
      t.put("df", r.subgroupTest().df());
      num(t, "pval", r.subgroupTest().pval());
    }
    if (r.moderators() != null) {
      MetaReport.Moderators m = r.moderators();
      ObjectNode n = o.putObject("moderators");
      ArrayNode cs = n.putArray("coefficients");
      for (MetaReport.Coefficient c : m.coefficients()) {
        ObjectNode cn = cs.addObject();
        cn.put("name", c.name());
        num(cn, "estimate", c.estimate());
        num(cn, "se", c.se());
        num(cn, "stat", c.stat());
        num(cn, "pval", c.pval());
        num(cn, "ci_lb", c.ciLb());
        num(cn, "ci_ub", c.ciUb());
      }
      num(n, "qm", m.qm());
      n.put("qm_df", m.qmDf());
      num(n, "qm_pval", m.qmPval());
      num(n, "r2", m.r2());
      num(n, "tau2", m.tau2());
      num(n, "i2", m.i2());
      num(n, "qe", m.qe());
      n.put("qe_df", m.qeDf());
      num(n, "qe_pval", m.qePval());
    }
    if (r.leaveOneOut() != null) {
      ArrayNode a = o.putArray("leave_one_out");
      for (MetaReport.LeaveOneOut l : r.leaveOneOut()) {
        ObjectNode n = a.addObject();
        n.put("omitted", l.omitted());
        num(n, "estimate", l.estimate());
        num(n, "se", l.se());
        num(n, "tau2", l.tau2());
        num(n, "i2", l.i2());
      }
    }
    if (r.cumulative() != null) {
      ArrayNode a = o.putArray("cumulative");
      for (MetaReport.Cumulative c : r.cumulative()) {
        ObjectNode n = a.addObject();
        n.put("added", c.added());
        num(n, "estimate", c.estimate());
        num(n, "se", c.se());
        num(n, "ci_lb", c.ciLb());
        num(n, "ci_ub", c.ciUb());
        num(n, "tau2", c.tau2());
        num(n, "i2", c.i2());
      }
    }
    if (r.request().egger()) {
      if (r.egger() == null) {
        o.putNull("egger");
      } else {
        ObjectNode n = o.putObject("egger");
        num(n, "stat", r.egger().stat());
        num(n, "pval", r.egger().pval());
      }
    }
    if (r.request().trimfill()) {
      if (r.trimfill() == null) {
        o.putNull("trimfill");
      } else {
        MetaReport.TrimFill t = r.trimfill();
        ObjectNode n = o.putObject("trimfill");
        n.put("k0", t.k0());
        n.put("side", t.side());
        num(n, "estimate", t.estimate());
        num(n, "se", t.se());
        num(n, "ci_lb", t.ciLb());
        num(n, "ci_ub", t.ciUb());
      }
    }
    return o;
  }

  private static void num(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }
}
