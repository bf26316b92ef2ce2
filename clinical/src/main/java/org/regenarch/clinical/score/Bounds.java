package org.regenarch.clinical.score;

import static org.regenarch.clinical.lab.LabLimits.fmt;

import java.util.List;

/** Bounding an input to a score's range, with a note when it moved. */
final class Bounds {
  private Bounds() {}

  static double clamp(String name, double value, double min, double max, String unit,
      List<String> notes) {
    if (value < min) {
      notes.add(name + " " + fmt(value) + unit + " bounded to " + fmt(min) + unit);
      return min;
    }
    if (value > max) {
      notes.add(name + " " + fmt(value) + unit + " bounded to " + fmt(max) + unit);
      return max;
    }
    return value;
  }
}
