package org.regenarch.model;

/** Invalid patient, preset, therapy or option input; the CLI maps it to exit code 2. */
public final class PatientInputException extends IllegalArgumentException {
  public PatientInputException(String message) {
    super(message);
  }

  public PatientInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
