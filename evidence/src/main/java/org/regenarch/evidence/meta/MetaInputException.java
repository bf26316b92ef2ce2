package org.regenarch.evidence.meta;

/** Input the user must fix (bad CSV, missing column, zero variance, model not estimable). */
public final class MetaInputException extends RuntimeException {
  public MetaInputException(String message) {
    super(message);
  }
}
