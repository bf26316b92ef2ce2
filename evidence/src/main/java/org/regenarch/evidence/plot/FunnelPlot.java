package org.regenarch.evidence.plot;

import java.util.Locale;
import org.regenarch.evidence.meta.MetaReport;
import org.regenarch.evidence.meta.PooledEstimate;
import org.regenarch.evidence.meta.StudyEffect;

/**
 * Funnel plot as SVG: effect size against standard error (inverted axis, 0 at the top), the
 * pseudo 95% confidence region around the pooled estimate, studies as filled points and
 * trim-and-fill imputed studies as hollow points with the adjusted estimate.
 */
public final class FunnelPlot {
  private static final double LEFT = 76;
  private static final double TOP = 30;
  private static final double WIDTH = 460;
  private static final double HEIGHT = 360;
  private static final double Z975 = 1.959963984540054; // qnorm(0.975), pseudo-CI as metafor's funnel()
  private static final String INK = "#1a1a1a";

  private FunnelPlot() {}

  public static String render(MetaReport r) {
    PooledEstimate all = r.overall();
    double est = all.estimate();
    double maxSe = 0;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (StudyEffect s : r.studies()) {
      if (s.hasEffect()) {
        maxSe = Math.max(maxSe, Math.sqrt(s.vi()));
        minY = Math.min(minY, s.yi());
        maxY = Math.max(maxY, s.yi());
      }
    }
    MetaReport.TrimFill tf = r.trimfill();
    if (tf != null) {
      for (double y : tf.filledYi()) {
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
    Axis seAxis = Axis.covering(0, maxSe * 1.05, false);
    double seMax = seAxis.hi;
    double lo = Math.min(minY, est - Z975 * seMax);
    double hi = Math.max(maxY, est + Z975 * seMax);
    Axis xAxis = Axis.covering(lo, hi, false);
    double width = LEFT + WIDTH + 30;
    double height = TOP + HEIGHT + 64;
    Svg svg = new Svg(width, height);
    // pseudo-confidence region: white triangle on a light grey panel, as metafor's funnel()
    svg.rect(LEFT, TOP, WIDTH, HEIGHT, "#ececec");
    double topX = x(xAxis, est);
    svg.polygon(new double[] {topX, x(xAxis, est - Z975 * seMax), x(xAxis, est + Z975 * seMax)},
        new double[] {y(seAxis, 0), y(seAxis, seMax), y(seAxis, seMax)}, "white", "#9a9a9a");
    svg.line(topX, y(seAxis, 0), topX, y(seAxis, seMax), INK, 1, null);
    if (tf != null && tf.k0() > 0) {
      double ax = x(xAxis, tf.estimate());
      svg.line(ax, y(seAxis, 0), ax, y(seAxis, seMax), INK, 1, "5,3");
    }
    for (double t : seAxis.ticks) {
      svg.line(LEFT, y(seAxis, t), LEFT + WIDTH, y(seAxis, t), "#ffffff", 0.6, null);
    }
    if (tf != null) {
      for (int i = 0; i < tf.filledYi().length; i++) {
        svg.circle(x(xAxis, tf.filledYi()[i]), y(seAxis, Math.sqrt(tf.filledVi()[i])), 4, "white", INK);
      }
    }
    for (StudyEffect s : r.studies()) {
      if (s.hasEffect()) {
        svg.circle(x(xAxis, s.yi()), y(seAxis, Math.sqrt(s.vi())), 4, INK, INK);
      }
    }
    svg.line(LEFT, TOP, LEFT, TOP + HEIGHT, INK, 1, null);
    svg.line(LEFT, TOP + HEIGHT, LEFT + WIDTH, TOP + HEIGHT, INK, 1, null);
    for (double t : seAxis.ticks) {
      svg.line(LEFT - 5, y(seAxis, t), LEFT, y(seAxis, t), INK, 1, null);
      svg.text(LEFT - 8, y(seAxis, t) + 4, seAxis.label(t), "end", null);
    }
    for (double t : xAxis.ticks) {
      svg.line(x(xAxis, t), TOP + HEIGHT, x(xAxis, t), TOP + HEIGHT + 5, INK, 1, null);
      svg.text(x(xAxis, t), TOP + HEIGHT + 19, xAxis.label(t), "middle", null);
    }
    String xLabel = switch (r.request().measure()) {
      case RR -> "Log risk ratio";
      case OR -> "Log odds ratio";
      case ROM -> "Log ratio of means";
      default -> ForestPlot.measureName(r.request().measure());
    };
    svg.text(LEFT + WIDTH / 2, TOP + HEIGHT + 42, xLabel, "middle", null);
    svg.textRotated(22, TOP + HEIGHT / 2, "Standard error");
    if (tf != null && tf.k0() > 0) {
      svg.circle(LEFT + 12, TOP + HEIGHT + 56, 4, INK, INK);
      svg.text(LEFT + 22, TOP + HEIGHT + 60, "observed", "start", null);
      svg.circle(LEFT + 100, TOP + HEIGHT + 56, 4, "white", INK);
      svg.text(LEFT + 110, TOP + HEIGHT + 60, String.format(Locale.ROOT, "imputed by trim-and-fill (%d, %s side)", tf.k0(),
          tf.side()), "start", null);
    }
    return svg.finish();
  }

  private static double x(Axis a, double v) {
    return LEFT + (v - a.lo) / (a.hi - a.lo) * WIDTH;
  }

  private static double y(Axis a, double se) {
    return TOP + (se - a.lo) / (a.hi - a.lo) * HEIGHT;
  }
}
