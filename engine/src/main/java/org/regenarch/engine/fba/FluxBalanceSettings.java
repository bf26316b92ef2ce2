package org.regenarch.engine.fba;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regenarch.engine.io.SettingsFormatException;
import org.regenarch.engine.sim.SimulationRequest;

/**
 * The settings of a flux-balance test case ({@code NNNNN-settings.txt}): the same {@code key: value}
 * format as time courses, but {@code start}, {@code duration} and {@code steps} are blank, so
 * {@link org.regenarch.engine.io.TestSuiteSettings} (which requires them) does not apply. Only the
 * reported variables and the tolerances matter.
 *
 * @param variables columns to compare: reaction ids and the objective id
 * @param absoluteTolerance the file's, or {@link SimulationRequest#DEFAULT_ABS_TOL} when blank
 * @param relativeTolerance the file's, or {@link SimulationRequest#DEFAULT_REL_TOL} when blank
 */
public record FluxBalanceSettings(List<String> variables, double absoluteTolerance, double relativeTolerance) {

  public FluxBalanceSettings {
    variables = List.copyOf(variables);
  }

  public static FluxBalanceSettings read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read settings file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses settings text; errors name {@code source} and the line. Other keys are ignored. */
  public static FluxBalanceSettings parse(String text, String source) {
    List<String> variables = new ArrayList<>();
    double abs = SimulationRequest.DEFAULT_ABS_TOL;
    double rel = SimulationRequest.DEFAULT_REL_TOL;
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int colon = line.indexOf(':');
      if (line.isEmpty() || line.startsWith("#") || colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "variables" -> {
          for (String id : value.split(",")) {
            if (!id.isBlank()) {
              variables.add(id.strip());
            }
          }
        }
        case "absolute" -> abs = value.isEmpty() ? abs : tolerance(value, key, source, i + 1);
        case "relative" -> rel = value.isEmpty() ? rel : tolerance(value, key, source, i + 1);
        default -> { } // start, duration, steps, amount, concentration: blank or irrelevant for FBA
      }
    }
    if (variables.isEmpty()) {
      throw new SettingsFormatException(source, 0, "missing 'variables' (comma-separated reaction and objective ids)");
    }
    return new FluxBalanceSettings(variables, abs, rel);
  }

  private static double tolerance(String value, String key, String source, int line) {
    double d;
    try {
      d = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (!(d > 0) || Double.isInfinite(d)) {
      throw new SettingsFormatException(source, line, "'" + key + "' must be a finite number > 0, got '" + value + "'");
    }
    return d;
  }
}
