package org.regenarch.clinical.score;

import java.util.ArrayList;
import java.util.List;
import org.regenarch.clinical.MissingInputException;

/** Collects the names of missing inputs so that one message names all of them. */
final class Inputs {
  private final List<String> missing = new ArrayList<>();

  Inputs need(Object value, String name) {
    if (value == null) {
      missing.add(name);
    }
    return this;
  }

  void check(String scoreLabel) {
    if (!missing.isEmpty()) {
      throw new MissingInputException(scoreLabel, missing);
    }
  }
}
