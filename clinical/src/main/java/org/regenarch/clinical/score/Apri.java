package org.regenarch.clinical.score;

import static org.regenarch.clinical.lab.LabLimits.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.clinical.patient.PatientVisit;

/**
 * APRI (Wai et al., Hepatology 2003; SCORES.md "APRI"): (AST / AST upper limit of normal) /
 * platelets (10^9/L) x 100. Without an upper limit, 40 U/L is used and a note says so. Cut-offs
 * differ by guideline, so the bands are configurable; the default is the table in SCORES.md
 * (<= 0.5 rules out, > 1.5 rules in advanced fibrosis).
 */
public final class Apri {
  public static final String NAME = "apri";
  static final String LABEL = "APRI";

  /** Common default upper limit of normal for AST (SCORES.md). */
  public static final double DEFAULT_AST_UPPER_LIMIT_U_L = 40;
  /** Wai 2003: the ratio is multiplied by 100. */
  static final double SCALE = 100;
  /** SCORES.md table: <= 0.5 rules out, > 1.5 rules in. */
  public static final ThreeBands DEFAULT_BANDS =
      new ThreeBands(0.5, true, 1.5, "rule-out", "indeterminate", "rule-in");

  private Apri() {}

  public static ScoreResult compute(PatientVisit visit) {
    return compute(visit, DEFAULT_BANDS);
  }

  public static ScoreResult compute(PatientVisit visit, ThreeBands bands) {
    new Inputs()
        .need(visit.ast(), "AST")
        .need(visit.platelets(), "platelets")
        .check(LABEL);
    List<String> notes = new ArrayList<>();
    double uln;
    if (visit.astUpperLimit() != null) {
      uln = visit.astUpperLimit().unitsPerL();
    } else {
      uln = DEFAULT_AST_UPPER_LIMIT_U_L;
      notes.add("AST upper limit of normal not given: " + fmt(uln) + " U/L used");
    }
    double ast = visit.ast().unitsPerL();
    double platelets = visit.platelets().countE9PerL();
    double apri = ast / uln / platelets * SCALE;
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("ast_u_l", ast);
    inputs.put("ast_uln_u_l", uln);
    inputs.put("platelets_10e9_l", platelets);
    notes.add("bands: " + bands.describe() + " (cut-offs differ by guideline)");
    return new ScoreResult(NAME, Rounding.continuous(apri), apri, bands.classify(apri), null,
        inputs, notes);
  }
}
