package org.regenarch.evidence.meta;

import java.util.List;

/** The parsed input CSV: its name (for messages), header and data rows in file order. */
public record MetaTable(String source, List<String> header, List<StudyRow> rows) {
  public MetaTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  public boolean hasColumn(String name) {
    return header.contains(name);
  }

  /** Numeric cell; errors name the file, line and column. */
  public double number(StudyRow row, String column) {
    String raw = row.cells().get(column);
    if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("NA")) {
      throw new MetaInputException(where(row, column) + ": value missing, a number is required");
    }
    try {
      double v = Double.parseDouble(raw.trim());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new MetaInputException(where(row, column) + ": expected a number, got '" + raw + "'");
    }
  }

  public String where(StudyRow row, String column) {
    return source + " line " + row.line() + " column '" + column + "' (study '" + row.study() + "')";
  }
}
