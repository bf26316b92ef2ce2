package org.regenarch.evidence.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Linear axis with "nice" 1-2-5 ticks; for log-scale measures ticks are placed at nice ratios. */
final class Axis {
  /** 1-2-5 ratios around 1 (always containing the null value 1). */
  private static final double[] FINE_RATIOS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100,
      200, 500, 1000};
  private static final double[] DECADES = {0.0001, 0.001, 0.01, 0.1, 1, 10, 100, 1000, 10000};

  final double lo;
  final double hi;
  final List<Double> ticks;
  final boolean ratio;

  private Axis(double lo, double hi, List<Double> ticks, boolean ratio) {
    this.lo = lo;
    this.hi = hi;
    this.ticks = ticks;
    this.ratio = ratio;
  }

  /** Covers [min, max] (analysis scale); ratio axes get ticks at exp-scale nice values. */
  static Axis covering(double min, double max, boolean ratio) {
    if (!(max > min)) {
      double pad = Math.max(1e-3, Math.abs(min) * 0.1 + 0.1);
      min -= pad;
      max += pad;
    }
    if (ratio) {
      List<Double> t = ratioTicks(FINE_RATIOS, Math.exp(min), Math.exp(max));
      if (t.size() > 8) {
        t = ratioTicks(DECADES, Math.exp(min), Math.exp(max));
      }
      return new Axis(Math.min(min, t.get(0)), Math.max(max, t.get(t.size() - 1)), t, true);
    }
    double step = niceStep((max - min) / 5);
    double start = Math.floor(min / step) * step;
    double end = Math.ceil(max / step) * step;
    List<Double> t = new ArrayList<>();
    for (double v = start; v <= end + step * 1e-9; v += step) {
      t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
    }
    return new Axis(start, end, t, false);
  }

  /** The tightest run of candidate ratios that brackets [lo, hi] (log-scale positions). */
  private static List<Double> ratioTicks(double[] candidates, double lo, double hi) {
    int first = 0;
    int last = candidates.length - 1;
    for (int i = 0; i < candidates.length; i++) {
      if (candidates[i] <= lo) {
        first = i;
      }
    }
    for (int i = candidates.length - 1; i >= 0; i--) {
      if (candidates[i] >= hi) {
        last = i;
      }
    }
    List<Double> t = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      t.add(Math.log(candidates[i]));
    }
    return t;
  }

  static double niceStep(double raw) {
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * mag;
  }

  String label(double v) {
    double shown = ratio ? Math.exp(v) : v;
    return number(shown);
  }

  static String number(double v) {
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    String s = String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }
}
