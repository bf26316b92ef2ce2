package org.regenarch.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The one parameter table of the model (resource {@code parameters.csv}), in file order. */
public final class ParameterTable {
  static final String RESOURCE = "parameters.csv";
  private static final int COLUMNS = 8;
  private final Map<String, Parameter> byId;

  private ParameterTable(Map<String, Parameter> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /** The table shipped with the model. */
  public static ParameterTable standard() {
    return Holder.TABLE;
  }

  private static final class Holder {
    static final ParameterTable TABLE = load();
  }

  static ParameterTable load() {
    try (InputStream in = ParameterTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " missing from the model jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParameterTable parse(BufferedReader reader) throws IOException {
    Map<String, Parameter> rows = new LinkedHashMap<>();
    String line;
    int lineNo = 0;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", COLUMNS);
      if (f.length != COLUMNS) {
        throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected " + COLUMNS
            + " comma-separated fields, got " + f.length);
      }
      try {
        Parameter p = new Parameter(f[0].trim(), Double.parseDouble(f[1]), f[2].trim(),
            Parameter.Kind.valueOf(f[3].trim().toUpperCase(Locale.ROOT)), f[4].trim(),
            Double.parseDouble(f[5]), Double.parseDouble(f[6]), f[7].trim());
        if (!(p.low() <= p.value() && p.value() <= p.high())) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo + ": value " + p.value()
              + " of " + p.id() + " outside its range " + p.low() + ".." + p.high());
        }
        if (rows.put(p.id(), p) != null) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo + ": duplicate id " + p.id());
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return new ParameterTable(rows);
  }

  /** A copy with some values replaced (ids must exist; kinds and references are kept). */
  public ParameterTable withValues(Map<String, Double> values) {
    Map<String, Parameter> rows = new LinkedHashMap<>(byId);
    values.forEach((id, v) -> {
      Parameter p = get(id);
      rows.put(id, new Parameter(id, v, p.unit(), p.kind(), p.reference(), Math.min(p.low(), v),
          Math.max(p.high(), v), p.description()));
    });
    return new ParameterTable(rows);
  }

  public Map<String, Parameter> all() {
    return byId;
  }

  public Parameter get(String id) {
    Parameter p = byId.get(id);
    if (p == null) {
      throw new IllegalArgumentException("no parameter '" + id + "' in " + RESOURCE);
    }
    return p;
  }

  public double value(String id) {
    return get(id).value();
  }

  /** Number of parameters of each provenance kind. */
  public Map<Parameter.Kind, Integer> countsByKind() {
    Map<Parameter.Kind, Integer> counts = new EnumMap<>(Parameter.Kind.class);
    for (Parameter.Kind k : Parameter.Kind.values()) {
      counts.put(k, 0);
    }
    byId.values().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
    return counts;
  }
}
