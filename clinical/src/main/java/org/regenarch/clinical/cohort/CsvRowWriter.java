package org.regenarch.clinical.cohort;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 rows: a cell is quoted when it contains a comma, a quote, CR or LF, or starts or
 * ends with a blank; quotes inside are doubled. Lines end with CRLF as the RFC prescribes.
 */
final class CsvRowWriter {
  private static final String LINE_END = "\r\n";
  private final Writer out;

  CsvRowWriter(Writer out) {
    this.out = out;
  }

  void write(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write(LINE_END);
  }

  static String quote(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0 || Character.isWhitespace(cell.charAt(0))
        || Character.isWhitespace(cell.charAt(cell.length() - 1));
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
