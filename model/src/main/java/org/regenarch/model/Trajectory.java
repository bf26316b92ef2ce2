package org.regenarch.model;

import java.util.List;

/**
 * Outputs of one patient run: {@code values[row][column]} for {@link #columns()} at {@link #days()}.
 */
public record Trajectory(List<String> columns, double[] days, double[][] values) {
  public Trajectory {
    columns = List.copyOf(columns);
  }

  public int column(String name) {
    int c = columns.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("no output column '" + name + "'; columns: " + columns);
    }
    return c;
  }

  public double value(int row, String column) {
    return values[row][column(column)];
  }

  /** Row whose day is closest to {@code day}. */
  public int rowAt(double day) {
    int best = 0;
    for (int i = 1; i < days.length; i++) {
      if (Math.abs(days[i] - day) < Math.abs(days[best] - day)) {
        best = i;
      }
    }
    return best;
  }

  public double at(double day, String column) {
    return value(rowAt(day), column);
  }

  public double last(String column) {
    return value(days.length - 1, column);
  }
}
