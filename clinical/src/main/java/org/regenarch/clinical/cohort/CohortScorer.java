package org.regenarch.clinical.cohort;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.regenarch.clinical.ClinicalValidationException;
import org.regenarch.clinical.MissingInputException;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.score.Score;
import org.regenarch.clinical.score.ScoreResult;

/**
 * Scores a cohort CSV row by row (streaming: memory does not grow with the file) and writes the
 * table with the score columns appended. A bad row is reported with its line number and written
 * with empty scores; the others go on. The output appears atomically (temporary file, then move).
 */
public final class CohortScorer {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private CohortScorer() {}

  /**
   * @param messages receives one line per problem: "FILE line N: error: ..." or "... warning: ..."
   */
  public static CohortSummary score(Path in, Path out, Consumer<String> messages) throws IOException {
    if (!Files.isRegularFile(in)) {
      throw new ClinicalValidationException("cohort file " + in + " does not exist or is not a file");
    }
    Path absOut = out.toAbsolutePath();
    Path dir = absOut.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new ClinicalValidationException("output directory " + dir + " does not exist");
    }
    Path tmp = Files.createTempFile(dir, "." + absOut.getFileName() + ".", ".tmp");
    try {
      readableByAll(tmp);
      CohortSummary summary;
      try (InputStream input = Files.newInputStream(in);
          BufferedWriter writer = new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
        summary = stream(input, in.getFileName().toString(), new CsvRowWriter(writer), messages);
      }
      move(tmp, absOut);
      return summary;
    } catch (NoSuchFileException e) {
      throw new ClinicalValidationException("cannot read " + e.getFile());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Temp files are created owner-only; the finished table should read like any other file. */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the platform default
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static CohortSummary stream(InputStream input, String fileName, CsvRowWriter writer,
      Consumer<String> messages) throws IOException {
    long rows = 0;
    long bad = 0;
    long scoreErrors = 0;
    long warnings = 0;
    CohortLayout layout = null;
    CohortRowParser parser = null;
    try (CsvParser csv = (CsvParser) MAPPER.getFactory().createParser(input)) {
      // WRAP_AS_ARRAY: the file is one outer array, each row an inner array (depth 2).
      int depth = 0;
      long line = -1;
      List<String> row = new ArrayList<>();
      for (JsonToken t = nextToken(csv, fileName); t != null; t = nextToken(csv, fileName)) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 2) {
            row.clear();
            line = -1;
          }
          continue;
        }
        if (t == JsonToken.END_ARRAY) {
          depth--;
          if (depth != 1) {
            continue;
          }
          if (layout == null) {
            layout = CohortLayout.of(row, fileName);
            parser = new CohortRowParser(layout);
            if (!layout.ignored().isEmpty()) {
              // Said once: a lab column without its unit (e.g. 'bilirubin') would otherwise go unnoticed.
              warnings++;
              messages.accept(fileName + " line 1: warning: columns not read (copied through): "
                  + String.join(", ", layout.ignored()) + "; lab columns carry their unit, e.g. bilirubin_mg_dl "
                  + "or bilirubin_umol_l (see docs/clinical-scores.md)");
            }
            List<String> header = new ArrayList<>(row);
            header.addAll(CohortOutput.COLUMNS);
            writer.write(header);
            continue;
          }
          rows++;
          String where = fileName + " line " + line + ": ";
          RowOutcome o = scoreRow(parser, layout, row);
          if (o.bad()) {
            bad++;
          }
          scoreErrors += o.scoreErrors();
          for (String m : o.errors()) {
            messages.accept(where + "error: " + m);
          }
          for (String w : o.warnings()) {
            warnings++;
            messages.accept(where + "warning: " + w);
          }
          writer.write(o.cells());
          continue;
        }
        // A cell; the line of a row is the line of its first cell (the array token lags behind).
        if (line < 0) {
          line = csv.currentTokenLocation().getLineNr();
        }
        row.add(csv.getText());
      }
    }
    if (layout == null) {
      throw new ClinicalValidationException(fileName + " is empty: expected a header row");
    }
    return new CohortSummary(rows, bad, scoreErrors, warnings);
  }

  private static JsonToken nextToken(CsvParser csv, String fileName) throws IOException {
    try {
      return csv.nextToken();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ClinicalValidationException(fileName + " line "
          + e.getLocation().getLineNr() + ": malformed CSV: " + e.getOriginalMessage());
    }
  }

  record RowOutcome(List<String> cells, List<String> errors, List<String> warnings, boolean bad,
      int scoreErrors) {}

  static RowOutcome scoreRow(CohortRowParser parser, CohortLayout layout, List<String> row) {
    List<String> cells = new ArrayList<>(layout.width() + CohortOutput.COLUMNS.size());
    for (int i = 0; i < layout.width(); i++) {
      cells.add(i < row.size() ? row.get(i) : "");
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    PatientVisit visit;
    try {
      visit = parser.parse(row);
    } catch (ClinicalValidationException e) {
      errors.add(e.getMessage());
      for (Score s : Score.values()) {
        cells.addAll(CohortOutput.cells(s, null));
      }
      cells.add("error: " + e.getMessage());
      return new RowOutcome(cells, errors, warnings, true, 0);
    }
    warnings.addAll(visit.plausibilityWarnings());
    int scoreErrors = 0;
    List<String> notComputed = new ArrayList<>();
    int computed = 0;
    for (Score s : Score.values()) {
      ScoreResult r = null;
      try {
        r = s.compute(visit);
        computed++;
      } catch (MissingInputException e) {
        // Not an error: the row does not carry this score's inputs; say which (in the row, not on stderr).
        notComputed.add(s.label() + " (missing " + String.join(", ", e.missing()) + ")");
      } catch (ClinicalValidationException e) {
        errors.add(s.label() + ": " + e.getMessage());
        scoreErrors++;
      }
      cells.addAll(CohortOutput.cells(s, r));
    }
    if (computed == 0 && scoreErrors == 0) {
      warnings.add("no score could be computed: " + String.join("; ", notComputed));
    }
    List<String> msgs = new ArrayList<>();
    errors.forEach(e -> msgs.add("error: " + e));
    warnings.forEach(w -> msgs.add("warning: " + w));
    if (computed > 0 && !notComputed.isEmpty()) {
      msgs.add("not computed: " + String.join("; ", notComputed));
    }
    cells.add(String.join("; ", msgs));
    return new RowOutcome(cells, errors, warnings, false, scoreErrors);
  }
}
