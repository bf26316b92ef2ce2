package org.regenarch.engine;

/** A model file cannot be read or is invalid (names the file and, where known, the element). */
public final class ModelFormatException extends RuntimeException {
  public ModelFormatException(String message) {
    super(message);
  }

  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
