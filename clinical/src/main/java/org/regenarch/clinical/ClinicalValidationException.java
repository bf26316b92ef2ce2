package org.regenarch.clinical;

/**
 * An input the clinical layer cannot accept: an impossible lab value, an unknown category, a score
 * applied outside its population. The message names the field, the value and what was expected. The
 * CLI maps every {@code *ValidationException} to exit code 2.
 */
public class ClinicalValidationException extends RuntimeException {
  public ClinicalValidationException(String message) {
    super(message);
  }
}
