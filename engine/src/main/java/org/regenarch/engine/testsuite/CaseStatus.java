package org.regenarch.engine.testsuite;

/** How a test case ended. */
public enum CaseStatus {
  PASS("pass"),
  /** Numbers outside the suite's tolerance. */
  FAIL("fail"),
  /** The engine refused the model with an UnsupportedFeatureException (the allowed way to fail). */
  UNSUPPORTED("unsupported"),
  /** Any other exception or JVM error (e.g. StackOverflowError) while loading or simulating. */
  ERROR("error"),
  /** Did not finish within the per-case time limit. */
  TIMEOUT("timeout");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
