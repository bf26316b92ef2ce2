package org.regenarch.evidence.ctgov;

/** A ClinicalTrials.gov input that cannot be read: names the file and what was expected. */
public final class CtgovInputException extends RuntimeException {
  public CtgovInputException(String message) {
    super(message);
  }

  public CtgovInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
