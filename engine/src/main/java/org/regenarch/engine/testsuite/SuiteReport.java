package org.regenarch.engine.testsuite;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.regenarch.engine.sim.SolverKind;

/** Outcomes of a suite run, with the counts the reports show. */
public record SuiteReport(
    List<CaseOutcome> outcomes, Duration wallTime, int threads, Duration timeout, SolverKind solver) {

  public SuiteReport {
    outcomes = List.copyOf(outcomes);
  }

  /** Counts of one group of cases (all, core, non-core, one tag). */
  public record Counts(int cases, int pass, int fail, int unsupported, int error, int timeout) {
    static Counts of(List<CaseOutcome> outcomes) {
      int[] n = new int[CaseStatus.values().length];
      outcomes.forEach(o -> n[o.status().ordinal()]++);
      return new Counts(outcomes.size(), n[CaseStatus.PASS.ordinal()], n[CaseStatus.FAIL.ordinal()],
          n[CaseStatus.UNSUPPORTED.ordinal()], n[CaseStatus.ERROR.ordinal()], n[CaseStatus.TIMEOUT.ordinal()]);
    }
  }

  public Counts all() {
    return Counts.of(outcomes);
  }

  public Counts core() {
    return counts(o -> o.tags().isCore());
  }

  public Counts nonCore() {
    return counts(o -> !o.tags().isCore());
  }

  public int passes() {
    return all().pass();
  }

  /** Counts per tag (component tags, test tags and {@code testType:X}), sorted by tag. */
  public Map<String, Counts> perTag() {
    Map<String, List<CaseOutcome>> byTag = new TreeMap<>();
    for (CaseOutcome o : outcomes) {
      for (String tag : o.tags().all()) {
        byTag.computeIfAbsent(tag, k -> new java.util.ArrayList<>()).add(o);
      }
      if (!o.tags().testType().isEmpty()) {
        byTag.computeIfAbsent("testType:" + o.tags().testType(), k -> new java.util.ArrayList<>()).add(o);
      }
    }
    Map<String, Counts> out = new TreeMap<>();
    byTag.forEach((tag, list) -> out.put(tag, Counts.of(list)));
    return out;
  }

  public List<CaseOutcome> notPassed() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }

  private Counts counts(Predicate<CaseOutcome> p) {
    return Counts.of(outcomes.stream().filter(p).toList());
  }
}
