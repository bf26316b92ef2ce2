package org.regenarch.engine.io;

import java.nio.file.Path;
import org.regenarch.engine.sim.SimulationResult;

/**
 * Writes a time course as CSV: header {@code time,} + the result's columns in order, one row per
 * output time. Numbers use {@link Double#toString}, the shortest decimal that parses back to the
 * same double (full precision, round-trips); NaN and infinities print as {@code NaN},
 * {@code Infinity}, {@code -Infinity}, which {@link ResultCsv} reads back.
 */
public final class CsvResultWriter {
  private CsvResultWriter() {}

  /** Writes {@code result} to {@code target} atomically (temp file, then atomic move). */
  public static void write(Path target, SimulationResult result) {
    AtomicFiles.write(target, out -> {
      StringBuilder line = new StringBuilder("time");
      for (String c : result.columns()) {
        line.append(',').append(c);
      }
      out.write(line.append('\n').toString());
      int columns = result.columns().size();
      for (int row = 0; row < result.times().length; row++) {
        line.setLength(0);
        line.append(result.times()[row]);
        double[] values = result.values()[row];
        if (values.length != columns) {
          throw new IllegalStateException("result row " + row + " has " + values.length
              + " values for " + columns + " columns");
        }
        for (double v : values) {
          line.append(',').append(v);
        }
        out.write(line.append('\n').toString());
      }
    });
  }
}
