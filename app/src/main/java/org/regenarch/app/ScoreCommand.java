package org.regenarch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regenarch.clinical.cohort.CohortScorer;
import org.regenarch.clinical.cohort.CohortSummary;
import org.regenarch.clinical.patient.PatientVisit;
import org.regenarch.clinical.score.Score;
import org.regenarch.clinical.score.ScoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code regenarch score NAME [lab options] [--format text|json]} for one patient, or
 * {@code regenarch score --csv IN.csv --out OUT.csv} for a cohort (issue 3 contract). The scores
 * themselves live in the clinical module; this class only maps options and renders results.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Compute hepatology scores (MELD, MELD-Na, MELD 3.0, Child-Pugh, ALBI, APRI, FIB-4).",
      "One patient: score NAME [options]. A cohort: score --csv IN.csv --out OUT.csv.",
      "Definitions and the decisions where sources disagree: docs/clinical-scores.md."
    },
    footer = {"", "Exit codes: 0 ok, 1 failure (or bad rows in --csv mode), 2 invalid input."})
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCORE",
      description = "meld, meld-na, meld3, child-pugh, albi, apri or fib4.")
  String scoreName;

  @Mixin ScoreVisitOptions visitOptions;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}); json prints one object on stdout.")
  String format;

  @Option(names = "--csv", paramLabel = "IN.csv",
      description = "Score every row of a cohort file (columns: docs/clinical-scores.md).")
  Path csv;

  @Option(names = "--out", paramLabel = "OUT.csv",
      description = "Where --csv writes the table with the scores appended (atomically).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (csv != null || out != null) {
      return scoreCohort();
    }
    if (scoreName == null) {
      throw new ExitCodes.InvalidInputException(
          "name a score (meld, meld-na, meld3, child-pugh, albi, apri, fib4) or use --csv IN.csv --out OUT.csv");
    }
    boolean json = isJson(format);
    Score score = Score.byName(scoreName);
    PatientVisit visit = visitOptions.toVisit();
    PrintWriter err = spec.commandLine().getErr();
    for (String w : visit.plausibilityWarnings()) {
      err.println("warning: " + w);
    }
    err.flush();
    ScoreResult result = score.compute(visit);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(json ? ScoreJson.render(result) : ScoreText.render(score, result));
    stdout.flush();
    return ExitCodes.OK;
  }

  private static boolean isJson(String format) {
    String f = format.trim().toLowerCase(java.util.Locale.ROOT);
    if (!f.equals("json") && !f.equals("text")) {
      throw new ExitCodes.InvalidInputException("--format '" + format + "' is unknown: expected text or json");
    }
    return f.equals("json");
  }

  private int scoreCohort() throws IOException {
    if (scoreName != null) {
      throw new ExitCodes.InvalidInputException(
          "give either a score name or --csv, not both (--csv computes every score a row allows)");
    }
    if (csv == null || out == null) {
      throw new ExitCodes.InvalidInputException("cohort mode needs both --csv IN.csv and --out OUT.csv");
    }
    if (visitOptions.anyGiven()) {
      throw new ExitCodes.InvalidInputException(
          "lab options do not apply with --csv: the labs come from the file's columns");
    }
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    CohortSummary s = CohortScorer.score(csv, out, err::println);
    double seconds = (System.nanoTime() - t0) / 1e9;
    err.printf("scored %d rows of %s into %s in %.2f s (%d bad rows, %d score errors, %d warnings)%n",
        s.rows(), csv, out, seconds, s.badRows(), s.scoreErrors(), s.warnings());
    err.flush();
    return s.badRows() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
  }
}
