package org.regenarch.engine.fba;

import java.nio.file.Path;
import java.util.List;
import org.regenarch.engine.io.AtomicFiles;

/**
 * Writes a flux balance result as the SBML Test Suite's flux-balance results files look: a header of
 * reaction and objective ids (no time column), then one row of values. Numbers use
 * {@link Double#toString} (shortest round-trip form; NaN for an infeasible problem), which
 * {@link org.regenarch.engine.io.ResultCsv} reads back.
 */
public final class FluxBalanceCsv {
  private FluxBalanceCsv() {}

  /**
   * Writes {@code variables} (reaction ids and/or the objective id; all columns when empty) to
   * {@code target} atomically.
   */
  public static void write(Path target, FluxBalanceResult result, List<String> variables) {
    List<String> columns = variables.isEmpty() ? result.columns() : variables;
    StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
    for (int i = 0; i < columns.size(); i++) {
      text.append(i == 0 ? "" : ",").append(result.value(columns.get(i)));
    }
    AtomicFiles.writeString(target, text.append('\n').toString());
  }
}
