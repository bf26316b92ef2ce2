package org.regenarch.clinical;

import java.util.List;

/** A score was asked for without one or more of the inputs it needs; the message names all of them. */
public final class MissingInputException extends ClinicalValidationException {
  private final List<String> missing;

  public MissingInputException(String score, List<String> missing) {
    super(score + " needs " + String.join(", ", missing) + " (missing)");
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}
