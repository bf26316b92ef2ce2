package org.regenarch.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A results table as the SBML Test Suite writes it ({@code NNNNN-results.csv}): a header, then one
 * row of numbers per output time. The first column is the time when its header is {@code time}
 * (any case); flux-balance cases have no time column ({@link #hasTime()} false, times empty).
 * Reads the suite's spellings of special values: {@code INF}, {@code -INF}, {@code inf},
 * {@code Infinity}, {@code NaN}, {@code nan}, {@code NAN}. Also reads what {@link CsvResultWriter}
 * writes.
 *
 * @param columns the value columns (without time), header names stripped of blanks
 * @param times one per row; empty when {@code hasTime} is false
 * @param values {@code values[row][column]}
 */
public record ResultCsv(boolean hasTime, List<String> columns, double[] times, double[][] values) {

  public ResultCsv {
    columns = List.copyOf(columns);
  }

  public int rows() {
    return values.length;
  }

  public static ResultCsv read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read results file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses CSV text; {@code source} names it in error messages (with the line). */
  public static ResultCsv parse(String text, String source) {
    String[] lines = text.split("\\R");
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i == lines.length) {
      throw new SettingsFormatException(source, 0, "empty results file, expected a header line");
    }
    List<String> header = new ArrayList<>();
    for (String h : lines[i].split(",", -1)) {
      header.add(h.strip());
    }
    boolean hasTime = header.get(0).equalsIgnoreCase("time");
    List<String> columns = hasTime ? header.subList(1, header.size()) : header;
    List<double[]> rows = new ArrayList<>();
    for (i = i + 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split(",", -1);
      if (cells.length != header.size()) {
        throw new SettingsFormatException(source, i + 1,
            "expected " + header.size() + " values (" + String.join(",", header) + "), got " + cells.length);
      }
      double[] row = new double[cells.length];
      for (int c = 0; c < cells.length; c++) {
        row[c] = number(cells[c], source, i + 1, header.get(c));
      }
      rows.add(row);
    }
    double[] times = new double[hasTime ? rows.size() : 0];
    double[][] values = new double[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      double[] row = rows.get(r);
      if (hasTime) {
        times[r] = row[0];
        values[r] = Arrays.copyOfRange(row, 1, row.length);
      } else {
        values[r] = row;
      }
    }
    return new ResultCsv(hasTime, columns, times, values);
  }

  /** Parses one cell, accepting the suite's spellings of infinities and NaN. */
  static double number(String cell, String source, int line, String column) {
    String s = cell.strip();
    switch (s.toLowerCase(Locale.ROOT)) {
      case "nan", "-nan", "+nan":
        return Double.NaN;
      case "inf", "+inf", "infinity", "+infinity":
        return Double.POSITIVE_INFINITY;
      case "-inf", "-infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new SettingsFormatException(source, line,
          "column '" + column + "': expected a number, got '" + cell + "'");
    }
  }
}
