package org.regenarch.evidence.meta;

import java.util.Map;

/** One data row of the input CSV: study label, 1-based line number and the raw cells by column. */
public record StudyRow(String study, int line, Map<String, String> cells) {
  public StudyRow {
    cells = Map.copyOf(cells);
  }
}
