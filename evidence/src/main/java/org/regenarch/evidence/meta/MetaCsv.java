package org.regenarch.evidence.meta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the study-level CSV (RFC 4180 quoting; first row is the header; needs a {@code study} column). */
public final class MetaCsv {
  private MetaCsv() {}

  public static MetaTable read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MetaInputException(file + ": cannot read (" + e.getMessage() + ")");
    }
    return parse(file.toString(), text);
  }

  public static MetaTable parse(String source, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    splitRecords(source, text, records, lines);
    if (records.isEmpty()) {
      throw new MetaInputException(source + ": file is empty, expected a header row with a 'study' column");
    }
    List<String> header = new ArrayList<>();
    for (String h : records.get(0)) {
      header.add(h.trim());
    }
    if (!header.contains("study")) {
      throw new MetaInputException(source + " line " + lines.get(0) + ": header has no 'study' column (found " + header + ")");
    }
    if (new HashSet<>(header).size() != header.size()) {
      throw new MetaInputException(source + " line " + lines.get(0) + ": duplicate column names in header " + header);
    }
    List<StudyRow> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      int line = lines.get(r);
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      if (rec.size() != header.size()) {
        throw new MetaInputException(source + " line " + line + ": expected " + header.size()
            + " fields as in the header, found " + rec.size());
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        cells.put(header.get(c), rec.get(c));
      }
      String study = cells.get("study").trim();
      if (study.isEmpty()) {
        throw new MetaInputException(source + " line " + line + " column 'study': empty study label");
      }
      rows.add(new StudyRow(study, line, cells));
    }
    if (rows.isEmpty()) {
      throw new MetaInputException(source + ": no data rows after the header");
    }
    return new MetaTable(source, header, rows);
  }

  private static void splitRecords(String source, String text, List<List<String>> out, List<Integer> lines) {
    List<String> rec = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
        continue;
      }
      switch (ch) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          rec.add(field.toString());
          field.setLength(0);
          any = true;
        }
        case '\r' -> { }
        case '\n' -> {
          rec.add(field.toString());
          field.setLength(0);
          if (any || rec.size() > 1 || !rec.get(0).isEmpty()) {
            out.add(rec);
            lines.add(recordLine);
          }
          rec = new ArrayList<>();
          any = false;
          line++;
          recordLine = line;
        }
        default -> {
          field.append(ch);
          any = true;
        }
      }
    }
    if (quoted) {
      throw new MetaInputException(source + " line " + recordLine + ": unterminated quoted field");
    }
    if (any || field.length() > 0) {
      rec.add(field.toString());
      out.add(rec);
      lines.add(recordLine);
    }
  }
}
