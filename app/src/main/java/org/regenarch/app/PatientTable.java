package org.regenarch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.regenarch.model.OutputColumns;
import org.regenarch.model.Trajectory;

/** CSV and JSON renderings of a patient run (contract column names; control columns suffixed _control). */
final class PatientTable {
  static final String CONTROL_SUFFIX = "_control";
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PatientTable() {}

  static List<String> header(boolean withControl) {
    List<String> h = new ArrayList<>();
    h.add("day");
    h.addAll(OutputColumns.names());
    if (withControl) {
      OutputColumns.names().forEach(n -> h.add(n + CONTROL_SUFFIX));
    }
    return h;
  }

  static String csv(PatientRun run) {
    StringBuilder s = new StringBuilder(String.join(",", header(run.control() != null))).append('\n');
    Trajectory t = run.therapy();
    for (int row = 0; row < t.days().length; row++) {
      s.append(number(t.days()[row]));
      appendRow(s, t, row);
      if (run.control() != null) {
        appendRow(s, run.control(), row);
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static void appendRow(StringBuilder s, Trajectory t, int row) {
    for (String c : OutputColumns.names()) {
      s.append(',').append(number(t.value(row, c)));
    }
  }

  static String json(PatientRun run) {
    ObjectNode root = JSON.createObjectNode();
    root.set("provenance", JSON.valueToTree(run.record()));
    ArrayNode rows = root.putArray("rows");
    Trajectory t = run.therapy();
    for (int row = 0; row < t.days().length; row++) {
      ObjectNode r = rows.addObject();
      r.put("day", t.days()[row]);
      put(r, t, row, "");
      if (run.control() != null) {
        put(r, run.control(), row, CONTROL_SUFFIX);
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode r, Trajectory t, int row, String suffix) {
    for (String c : OutputColumns.names()) {
      double v = t.value(row, c);
      if (Double.isFinite(v)) {
        r.put(c + suffix, v);
      } else {
        r.putNull(c + suffix);
      }
    }
  }

  static String recordJson(Object record) {
    try {
      return JSON.writeValueAsString(record) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Integers without a decimal point, other values with full precision, NaN as empty. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
