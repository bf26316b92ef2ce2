package org.regenarch.clinical.lab;

import java.util.Locale;

/** Normalises the spellings of a unit (µ/μ/u, "_" for "/", case, blanks) before matching. */
final class UnitText {
  private UnitText() {}

  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return text.trim()
        .replace('\u00b5', 'u') // micro sign
        .replace('\u03bc', 'u') // Greek small mu
        .replace('_', '/')
        .replace(" ", "")
        .toLowerCase(Locale.ROOT);
  }
}
