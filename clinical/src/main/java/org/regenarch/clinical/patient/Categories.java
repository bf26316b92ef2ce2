package org.regenarch.clinical.patient;

import java.util.Locale;

/** Spelling normalisation for categorical inputs: case, blanks, '-' and '_' do not matter. */
final class Categories {
  private Categories() {}

  static String normalize(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
  }
}
