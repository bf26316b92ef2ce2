package org.regenarch.engine.testsuite;

/**
 * Machine-readable per-case summary: one line per case, tab separated, with a header
 * ({@code case, status, core, millis, message}). Diff-friendly, so a committed copy shows exactly
 * which cases changed between runs.
 */
public final class TsvSummary {
  private TsvSummary() {}

  public static String render(SuiteReport r) {
    StringBuilder tsv = new StringBuilder("case\tstatus\tcore\tmillis\tmessage\n");
    for (CaseOutcome o : r.outcomes()) {
      tsv.append(o.id()).append('\t').append(o.status().label()).append('\t')
          .append(o.tags().isCore()).append('\t').append(o.millis()).append('\t')
          .append(o.message().replaceAll("\\s+", " ")).append('\n');
    }
    return tsv.toString();
  }
}
