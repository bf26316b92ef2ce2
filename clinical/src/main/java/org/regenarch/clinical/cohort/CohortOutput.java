package org.regenarch.clinical.cohort;

import java.util.ArrayList;
import java.util.List;
import org.regenarch.clinical.lab.LabLimits;
import org.regenarch.clinical.score.Score;
import org.regenarch.clinical.score.ScoreResult;

/** The score columns appended to every cohort row, and how a result fills them. */
final class CohortOutput {
  /** Appended column names, in order (lower case; an input may not already use one). */
  static final List<String> COLUMNS = List.of(
      "meld", "meld_na", "meld3", "meld3_uncapped", "child_pugh", "child_pugh_class",
      "albi", "albi_grade", "apri", "apri_band", "fib4", "fib4_band", "score_messages");

  private CohortOutput() {}

  /** Cells for one score's result (empty strings when it could not be computed). */
  static List<String> cells(Score score, ScoreResult r) {
    List<String> c = new ArrayList<>(2);
    switch (score) {
      case MELD, MELD_NA -> c.add(text(r == null ? null : r.value()));
      case MELD3 -> {
        c.add(text(r == null ? null : r.value()));
        c.add(text(r == null ? null : r.uncapped()));
      }
      default -> {
        c.add(text(r == null ? null : r.value()));
        c.add(text(r == null ? null : r.classification()));
      }
    }
    return c;
  }

  private static String text(Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Double d) {
      return LabLimits.fmt(d);
    }
    return o.toString();
  }
}
