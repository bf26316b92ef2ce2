package org.regenarch.clinical.score;

import static org.regenarch.clinical.lab.LabLimits.fmt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regenarch.clinical.patient.PatientVisit;

/**
 * FIB-4 (Sterling et al., Hepatology 2006; SCORES.md "FIB-4"): age (years) x AST (U/L) /
 * (platelets (10^9/L) x sqrt(ALT (U/L))). Below 1.45 rules out, above 3.25 rules in advanced
 * fibrosis, 1.45..3.25 inclusive is indeterminate. Use with caution under 35 and over 65 years.
 */
public final class Fib4 {
  public static final String NAME = "fib4";
  static final String LABEL = "FIB-4";

  /** Sterling 2006 cut-offs: < 1.45 rule-out, > 3.25 rule-in. */
  public static final ThreeBands DEFAULT_BANDS =
      new ThreeBands(1.45, false, 3.25, "rule-out", "indeterminate", "rule-in");
  /** SCORES.md: caution outside 35..65 years. */
  static final double CAUTION_BELOW_AGE_YEARS = 35;
  static final double CAUTION_ABOVE_AGE_YEARS = 65;

  private Fib4() {}

  public static ScoreResult compute(PatientVisit visit) {
    return compute(visit, DEFAULT_BANDS);
  }

  public static ScoreResult compute(PatientVisit visit, ThreeBands bands) {
    new Inputs()
        .need(visit.age(), "age")
        .need(visit.ast(), "AST")
        .need(visit.alt(), "ALT")
        .need(visit.platelets(), "platelets")
        .check(LABEL);
    double age = visit.age().years();
    double ast = visit.ast().unitsPerL();
    double alt = visit.alt().unitsPerL();
    double platelets = visit.platelets().countE9PerL();
    double fib4 = age * ast / (platelets * Math.sqrt(alt));
    List<String> notes = new ArrayList<>();
    if (age < CAUTION_BELOW_AGE_YEARS || age > CAUTION_ABOVE_AGE_YEARS) {
      notes.add("age " + fmt(age) + " years is outside 35-65: interpret FIB-4 with caution");
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("age_years", age);
    inputs.put("ast_u_l", ast);
    inputs.put("alt_u_l", alt);
    inputs.put("platelets_10e9_l", platelets);
    return new ScoreResult(NAME, Rounding.continuous(fib4), fib4, bands.classify(fib4), null,
        inputs, notes);
  }
}
