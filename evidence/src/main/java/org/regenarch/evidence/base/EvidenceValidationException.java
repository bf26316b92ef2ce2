package org.regenarch.evidence.base;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when evidence files break the schema; lists every problem found, one per line. */
public final class EvidenceValidationException extends RuntimeException {
  private final List<ValidationProblem> problems;

  public EvidenceValidationException(List<ValidationProblem> problems) {
    super(problems.size() + " problem(s) in the evidence files:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<ValidationProblem> problems() {
    return problems;
  }
}
