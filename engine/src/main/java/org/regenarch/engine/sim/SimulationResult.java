package org.regenarch.engine.sim;

import java.util.List;

/**
 * Values at the requested output times. {@code values[row][column]} matches {@code columns}
 * (without the time column).
 */
public record SimulationResult(List<String> columns, double[] times, double[][] values) {
  public SimulationResult {
    columns = List.copyOf(columns);
  }

  public double value(int row, String column) {
    int c = columns.indexOf(column);
    if (c < 0) {
      throw new IllegalArgumentException("no column '" + column + "' in result " + columns);
    }
    return values[row][c];
  }
}
