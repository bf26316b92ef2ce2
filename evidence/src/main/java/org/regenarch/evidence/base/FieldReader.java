package org.regenarch.evidence.base;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed fields from one object of a parsed file and records a {@link ValidationProblem} (file,
 * dotted field path, problem) for every missing, mistyped or unknown field instead of failing fast,
 * so that one run reports all problems of a file.
 */
final class FieldReader {
  private final JsonNode node;
  private final String path;
  private final String file;
  private final List<ValidationProblem> problems;

  FieldReader(JsonNode node, String path, String file, List<ValidationProblem> problems) {
    this.node = node;
    this.path = path;
    this.file = file;
    this.problems = problems;
  }

  String field(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  void problem(String name, String message) {
    problems.add(new ValidationProblem(file, name == null ? (path.isEmpty() ? "(root)" : path) : field(name), message));
  }

  /** Reports fields that the schema does not know (catches typos such as "rout"). */
  void rejectUnknown(Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        problem(f, "unknown field (allowed: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
      }
    }
  }

  private JsonNode get(String name, boolean required) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      if (required) {
        problem(name, "required field is missing");
      }
      return null;
    }
    return v;
  }

  String text(String name, boolean required) {
    JsonNode v = get(name, required);
    if (v == null) {
      return null;
    }
    if (!v.isValueNode()) {
      problem(name, "expected a text value, found " + v.getNodeType().toString().toLowerCase(Locale.ROOT));
      return null;
    }
    String s = v.asText();
    if (required && s.isBlank()) {
      problem(name, "must not be empty");
    }
    return s;
  }

  Double number(String name, boolean required) {
    JsonNode v = get(name, required);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      problem(name, "expected a number, found '" + v.asText() + "'");
      return null;
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      problem(name, "expected a finite number");
      return null;
    }
    return d;
  }

  Integer integer(String name, boolean required) {
    JsonNode v = get(name, required);
    if (v == null) {
      return null;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      problem(name, "expected a whole number, found '" + v.asText() + "'");
      return null;
    }
    return v.intValue();
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
    String s = text(name, required);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        allowed.add(c.name());
      }
      problem(name, "'" + s + "' is not one of " + allowed);
      return null;
    }
  }

  /** A nested object, or null (with a problem if required or not an object). */
  FieldReader object(String name, boolean required) {
    JsonNode v = get(name, required);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      problem(name, "expected an object");
      return null;
    }
    return new FieldReader(v, field(name), file, problems);
  }

  /** A list whose elements are read by {@code each}; an absent optional list reads as empty. */
  <T> List<T> list(String name, boolean required, Function<FieldReader, T> each) {
    JsonNode v = get(name, required);
    List<T> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (!v.isArray()) {
      problem(name, "expected a list");
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      T t = each.apply(new FieldReader(v.get(i), field(name) + "[" + i + "]", file, problems));
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** Element reader for lists of text. */
  String asText() {
    if (!node.isValueNode() || node.isNull()) {
      problem(null, "expected a text value");
      return null;
    }
    return node.asText();
  }

  <E extends Enum<E>> E asEnum(Class<E> type) {
    String s = asText();
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(null, "'" + s + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  boolean isObject() {
    if (!node.isObject()) {
      problem(null, "expected an object");
      return false;
    }
    return true;
  }

  JsonNode raw() {
    return node;
  }

  String path() {
    return path;
  }

  String file() {
    return file;
  }
}
