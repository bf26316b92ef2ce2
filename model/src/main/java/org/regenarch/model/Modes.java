package org.regenarch.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The five mode-of-action switches of MSC therapy. */
public record Modes(boolean immune, boolean regenerative, boolean antifibrotic, boolean differentiation, boolean ev) {
  public static final List<String> NAMES = List.of("immune", "regenerative", "antifibrotic", "differentiation", "ev");
  public static final Modes ALL_ON = new Modes(true, true, true, true, true);
  public static final Modes ALL_OFF = new Modes(false, false, false, false, false);

  /** Modes from a bit mask (bit i = NAMES[i] on). */
  public static Modes ofMask(int mask) {
    return new Modes((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, (mask & 8) != 0, (mask & 16) != 0);
  }

  public boolean get(int i) {
    return switch (i) {
      case 0 -> immune;
      case 1 -> regenerative;
      case 2 -> antifibrotic;
      case 3 -> differentiation;
      case 4 -> ev;
      default -> throw new IndexOutOfBoundsException(i);
    };
  }

  public int mask() {
    int m = 0;
    for (int i = 0; i < NAMES.size(); i++) {
      m |= get(i) ? 1 << i : 0;
    }
    return m;
  }

  /** Applies {@code name=on|off} settings, e.g. {@code immune=off}. */
  public Modes with(List<String> settings) {
    int m = mask();
    for (String s : settings) {
      String[] kv = s.split("=", 2);
      int i = NAMES.indexOf(kv[0].trim().toLowerCase(Locale.ROOT));
      if (kv.length != 2 || i < 0) {
        throw new PatientInputException("mode '" + s + "' is malformed: expected NAME=on|off with NAME one of "
            + String.join(", ", NAMES));
      }
      String v = kv[1].trim().toLowerCase(Locale.ROOT);
      if (v.equals("on")) {
        m |= 1 << i;
      } else if (v.equals("off")) {
        m &= ~(1 << i);
      } else {
        throw new PatientInputException("mode '" + s + "': expected on or off, got '" + kv[1] + "'");
      }
    }
    return ofMask(m);
  }

  Map<String, Double> overrides() {
    Map<String, Double> o = new HashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      o.put(CirrhosisModelBuilder.SWITCHES[i], get(i) ? 1.0 : 0.0);
    }
    return o;
  }

  @Override
  public String toString() {
    return Arrays.stream(new int[] {0, 1, 2, 3, 4}).mapToObj(i -> NAMES.get(i) + "=" + (get(i) ? "on" : "off"))
        .collect(Collectors.joining(","));
  }
}
