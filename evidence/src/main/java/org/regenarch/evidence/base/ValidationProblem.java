package org.regenarch.evidence.base;

/**
 * One schema problem: which file, which field (a dotted path such as {@code arms[1].dose.per}) and
 * what is wrong.
 */
public record ValidationProblem(String file, String field, String problem) {
  @Override
  public String toString() {
    return file + ": " + field + ": " + problem;
  }
}
