package org.regenarch.engine.testsuite;

/**
 * The result of one case.
 *
 * @param message empty for a pass; otherwise what went wrong (first mismatch, exception message)
 * @param millis wall time of the case (load + simulate + compare)
 */
public record CaseOutcome(String id, CaseStatus status, String message, long millis, CaseTags tags) {

  public boolean passed() {
    return status == CaseStatus.PASS;
  }

  /** The reason as shown in reports: {@code "fail: ..."}, {@code "unsupported: ..."}, {@code "timeout"}. */
  public String reason() {
    if (status == CaseStatus.PASS) {
      return "pass";
    }
    return message.isEmpty() ? status.label() : status.label() + ": " + message;
  }
}
