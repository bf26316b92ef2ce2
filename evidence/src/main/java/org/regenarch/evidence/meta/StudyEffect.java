package org.regenarch.evidence.meta;

import java.util.Map;

/**
 * One study's effect size {@code yi} with sampling variance {@code vi} (NaN when metafor leaves
 * them undefined, e.g. a double-zero table under Mantel–Haenszel), its 2×2 table when the measure
 * is binary (else null) and its raw cells (moderators, subgroup).
 */
public record StudyEffect(String study, int line, double yi, double vi, TwoByTwo table, Map<String, String> cells) {
  public StudyEffect {
    cells = cells == null ? Map.of() : Map.copyOf(cells);
  }

  public boolean hasEffect() {
    return !Double.isNaN(yi) && !Double.isNaN(vi);
  }

  public StudyEffect withEffect(double newYi, double newVi) {
    return new StudyEffect(study, line, newYi, newVi, table, cells);
  }
}
