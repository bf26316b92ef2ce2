package org.regenarch.clinical.cohort;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.regenarch.clinical.ClinicalValidationException;

/** Where each known column sits in a cohort file's header. */
final class CohortLayout {
  private final List<String> header;
  private final Map<CohortColumn, Integer> index;
  private final List<String> ignored;

  private CohortLayout(List<String> header, Map<CohortColumn, Integer> index, List<String> ignored) {
    this.header = List.copyOf(header);
    this.index = index;
    this.ignored = List.copyOf(ignored);
  }

  /** Header names that are not input columns (copied through unchanged, not read). */
  List<String> ignored() {
    return ignored;
  }

  static CohortLayout of(List<String> header, String fileName) {
    Map<CohortColumn, Integer> index = new EnumMap<>(CohortColumn.class);
    List<String> ignored = new java.util.ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim();
      if (CohortOutput.COLUMNS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        throw new ClinicalValidationException(fileName + " line 1: column '" + name
            + "' is a score column this command writes; remove it from the input");
      }
      CohortColumn c = CohortColumn.byHeader(name);
      if (c == null) {
        ignored.add(name);
      }
      if (c != null && index.putIfAbsent(c, i) != null) {
        throw new ClinicalValidationException(fileName + " line 1: column '" + c.header()
            + "' appears twice (columns " + (index.get(c) + 1) + " and " + (i + 1) + ")");
      }
    }
    return new CohortLayout(header, index, ignored);
  }

  int width() {
    return header.size();
  }

  List<String> header() {
    return header;
  }

  /** The trimmed cell of a column, or null when the column is absent or the cell is blank/NA. */
  String cell(List<String> row, CohortColumn column) {
    Integer i = index.get(column);
    if (i == null || i >= row.size()) {
      return null;
    }
    String v = row.get(i).trim();
    return CohortRowParser.isMissing(v) ? null : v;
  }
}
