package org.regenarch.evidence.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.regenarch.evidence.meta.Measure;
import org.regenarch.evidence.meta.MetaReport;
import org.regenarch.evidence.meta.PoolingMethod;
import org.regenarch.evidence.meta.PooledEstimate;
import org.regenarch.evidence.meta.StudyEffect;

/**
 * Forest plot as SVG: one row per study (square sized by weight, 95% CI whiskers, arrows where
 * the CI leaves the axis), subgroup diamonds, the pooled diamond with its prediction interval,
 * the null line and an axis with ticks (ratio measures labelled on the ratio scale).
 */
public final class ForestPlot {
  private static final double ROW = 22;
  private static final double TOP = 54;
  private static final double PLOT_WIDTH = 380;
  private static final double MAX_SQUARE = 16;
  private static final double MIN_SQUARE = 4;
  private static final double Z975 = 1.959963984540054; // qnorm(0.975), for study CIs as metafor's forest()
  private static final String INK = "#1a1a1a";
  private static final String ACCENT = "#1f4e79";

  private ForestPlot() {}

  private record Row(String label, String kind, double est, double lb, double ub, double weight, String right) {}

  public static String render(MetaReport r) {
    PooledEstimate all = r.overall();
    boolean ratio = r.request().measure().isLogScale();
    List<Row> rows = new ArrayList<>();
    double maxWeight = 0;
    for (double w : all.weightsPercent()) {
      maxWeight = Math.max(maxWeight, w);
    }
    if (r.subgroups() != null) {
      for (MetaReport.Subgroup g : r.subgroups()) {
        rows.add(new Row(r.request().subgroup() + " = " + g.level(), "heading", 0, 0, 0, 0, null));
        for (int i : g.members()) {
          rows.add(studyRow(r.studies().get(i), all.weightsPercent()[i], ratio));
        }
        PooledEstimate p = g.pooled();
        rows.add(new Row("Subtotal (k = " + p.k() + ")", "subtotal", p.estimate(), p.ciLb(), p.ciUb(), 0,
            ci(p.estimate(), p.ciLb(), p.ciUb(), ratio)));
        rows.add(new Row(heterogeneity(p), "note", 0, 0, 0, 0, null));
        rows.add(new Row("", "blank", 0, 0, 0, 0, null));
      }
    } else {
      for (int i = 0; i < r.studies().size(); i++) {
        rows.add(studyRow(r.studies().get(i), all.weightsPercent()[i], ratio));
      }
    }
    rows.add(new Row(modelName(r.request().method()) + " (k = " + all.k() + ")", "overall", all.estimate(), all.ciLb(),
        all.ciUb(), 100, ci(all.estimate(), all.ciLb(), all.ciUb(), ratio)));
    if (Double.isFinite(all.piLb())) {
      rows.add(new Row("Prediction interval", "pi", all.estimate(), all.piLb(), all.piUb(), 0,
          ci(all.estimate(), all.piLb(), all.piUb(), ratio).replaceFirst("^\\S+ ", "")));
    }
    rows.add(new Row(heterogeneity(all), "note", 0, 0, 0, 0, null));
    if (r.subgroupTest() != null) {
      rows.add(new Row(String.format(Locale.ROOT, "Test for subgroup differences: Q = %.2f, df = %d, p %s",
          r.subgroupTest().q(), r.subgroupTest().df(), p(r.subgroupTest().pval())), "note", 0, 0, 0, 0, null));
    }
    Axis axis = axisFor(rows, ratio);
    int longest = 10;
    for (Row row : rows) {
      if (!row.kind().equals("note")) {
        longest = Math.max(longest, row.label().length());
      }
    }
    double labelWidth = Math.min(320, Math.max(150, longest * 6.6));
    double x0 = 20 + labelWidth + 20;
    double weightX = x0 + PLOT_WIDTH + 70;
    double ciX = weightX + 170;
    double width = ciX + 20;
    double bodyBottom = TOP + rows.size() * ROW;
    double height = bodyBottom + 62;
    Svg svg = new Svg(width, height);
    svg.text(20, TOP - 18, "Study", "start", "bold");
    svg.text(weightX, TOP - 18, "Weight", "end", "bold");
    Measure measure = r.request().measure();
    svg.text(ciX, TOP - 18, (measure == Measure.GEN ? "Estimate" : measure.name()) + " [95% CI]", "end", "bold");
    svg.line(20, TOP - 10, width - 20, TOP - 10, INK, 0.8, null);
    // reference lines run through the data blocks only, not through the text rows
    for (int[] block : blocks(rows)) {
      double y1 = TOP + block[0] * ROW + 2;
      double y2 = TOP + (block[1] + 1) * ROW - 2;
      if (0 >= axis.lo && 0 <= axis.hi) {
        double nx = x(axis, x0, 0);
        svg.line(nx, y1, nx, y2, "#808080", 0.8, "4,3");
      }
      if (Double.isFinite(all.estimate())) {
        double ex = x(axis, x0, all.estimate());
        svg.line(ex, y1, ex, y2, ACCENT, 0.6, "1,3");
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      double cy = TOP + i * ROW + ROW / 2;
      double baseline = cy + 4;
      switch (row.kind()) {
        case "heading" -> svg.text(20, baseline, row.label(), "start", "bold");
        case "note" -> svg.text(20, baseline, row.label(), "start", null);
        case "blank" -> { }
        case "study" -> {
          svg.text(28, baseline, row.label(), "start", null);
          drawStudy(svg, axis, x0, cy, row, maxWeight);
          svg.text(weightX, baseline, String.format(Locale.ROOT, "%.1f%%", row.weight()), "end", null);
          svg.text(ciX, baseline, row.right(), "end", null);
        }
        case "subtotal", "overall" -> {
          svg.text(row.kind().equals("overall") ? 20 : 28, baseline, row.label(), "start", "bold");
          drawDiamond(svg, axis, x0, cy, row, row.kind().equals("overall") ? ACCENT : "#5b7fa6");
          if (row.kind().equals("overall")) {
            svg.text(weightX, baseline, "100.0%", "end", "bold");
          }
          svg.text(ciX, baseline, row.right(), "end", "bold");
          if (row.kind().equals("overall")) {
            svg.line(20, TOP + i * ROW, width - 20, TOP + i * ROW, INK, 0.5, null);
          }
        }
        case "pi" -> {
          svg.text(28, baseline, row.label(), "start", null);
          double a = x(axis, x0, clamp(axis, row.lb()));
          double b = x(axis, x0, clamp(axis, row.ub()));
          svg.line(a, cy, b, cy, ACCENT, 1.6, null);
          svg.line(a, cy - 4, a, cy + 4, ACCENT, 1.6, null);
          svg.line(b, cy - 4, b, cy + 4, ACCENT, 1.6, null);
          svg.text(ciX, baseline, row.right(), "end", null);
        }
        default -> throw new IllegalStateException(row.kind());
      }
    }
    drawAxis(svg, axis, x0, bodyBottom + 6, r.request().measure());
    return svg.finish();
  }

  /** Runs of consecutive rows that carry data (study, diamond or interval rows). */
  private static List<int[]> blocks(List<Row> rows) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= rows.size(); i++) {
      boolean data = i < rows.size() && List.of("study", "subtotal", "overall", "pi").contains(rows.get(i).kind());
      if (data && start < 0) {
        start = i;
      } else if (!data && start >= 0) {
        out.add(new int[] {start, i - 1});
        start = -1;
      }
    }
    return out;
  }

  private static Row studyRow(StudyEffect s, double weight, boolean ratio) {
    if (!s.hasEffect()) {
      return new Row(s.study(), "study", Double.NaN, Double.NaN, Double.NaN, weight, "not estimable");
    }
    double half = Z975 * Math.sqrt(s.vi());
    return new Row(s.study(), "study", s.yi(), s.yi() - half, s.yi() + half, weight,
        ci(s.yi(), s.yi() - half, s.yi() + half, ratio));
  }

  private static void drawStudy(Svg svg, Axis axis, double x0, double cy, Row row, double maxWeight) {
    if (!Double.isFinite(row.est())) {
      return;
    }
    double a = x(axis, x0, clamp(axis, row.lb()));
    double b = x(axis, x0, clamp(axis, row.ub()));
    svg.line(a, cy, b, cy, INK, 1.1, null);
    if (row.lb() < axis.lo) {
      svg.polygon(new double[] {a, a + 6, a + 6}, new double[] {cy, cy - 3.5, cy + 3.5}, INK, INK);
    }
    if (row.ub() > axis.hi) {
      svg.polygon(new double[] {b, b - 6, b - 6}, new double[] {cy, cy - 3.5, cy + 3.5}, INK, INK);
    }
    if (row.est() >= axis.lo && row.est() <= axis.hi) {
      // square area proportional to weight, as in metafor/RevMan
      double side = MIN_SQUARE + (MAX_SQUARE - MIN_SQUARE) * Math.sqrt(maxWeight > 0 ? row.weight() / maxWeight : 0);
      svg.rect(x(axis, x0, row.est()) - side / 2, cy - side / 2, side, side, "#404040");
    }
  }

  private static void drawDiamond(Svg svg, Axis axis, double x0, double cy, Row row, String fill) {
    if (!Double.isFinite(row.est())) {
      return;
    }
    double a = x(axis, x0, clamp(axis, row.lb()));
    double m = x(axis, x0, clamp(axis, row.est()));
    double b = x(axis, x0, clamp(axis, row.ub()));
    svg.polygon(new double[] {a, m, b, m}, new double[] {cy, cy - 7, cy, cy + 7}, fill, fill);
  }

  private static void drawAxis(Svg svg, Axis axis, double x0, double y, Measure m) {
    svg.line(x(axis, x0, axis.lo), y, x(axis, x0, axis.hi), y, INK, 1, null);
    for (double t : axis.ticks) {
      double tx = x(axis, x0, t);
      svg.line(tx, y, tx, y + 5, INK, 1, null);
      svg.text(tx, y + 18, axis.label(t), "middle", null);
    }
    svg.text(x0 + PLOT_WIDTH / 2, y + 38, measureName(m) + (m.isLogScale() ? " (log scale)" : ""), "middle", null);
  }

  private static Axis axisFor(List<Row> rows, boolean ratio) {
    double minE = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    List<Double> widths = new ArrayList<>();
    for (Row row : rows) {
      if ((row.kind().equals("study") || row.kind().equals("overall")) && Double.isFinite(row.est())) {
        minE = Math.min(minE, row.est());
        maxE = Math.max(maxE, row.est());
        widths.add(row.ub() - row.lb());
      }
    }
    if (!Double.isFinite(minE)) {
      return Axis.covering(-1, 1, ratio);
    }
    widths.sort(Double::compare);
    double typical = widths.get(widths.size() / 2);
    double span = Math.max(maxE - minE, typical);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Row row : rows) {
      if (!row.kind().equals("heading") && !row.kind().equals("note") && !row.kind().equals("blank")
          && Double.isFinite(row.lb())) {
        lo = Math.min(lo, Math.max(row.lb(), minE - span));
        hi = Math.max(hi, Math.min(row.ub(), maxE + span));
      }
    }
    lo = Math.min(lo, 0); // keep the null line in view
    hi = Math.max(hi, 0);
    return Axis.covering(lo, hi, ratio);
  }

  private static double clamp(Axis axis, double v) {
    return Math.max(axis.lo, Math.min(axis.hi, v));
  }

  private static double x(Axis axis, double x0, double v) {
    return x0 + (v - axis.lo) / (axis.hi - axis.lo) * PLOT_WIDTH;
  }

  private static String ci(double est, double lb, double ub, boolean ratio) {
    if (ratio) {
      return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", Math.exp(est), Math.exp(lb), Math.exp(ub));
    }
    return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", est, lb, ub);
  }

  private static String heterogeneity(PooledEstimate p) {
    StringBuilder b = new StringBuilder("Heterogeneity: ");
    if (Double.isFinite(p.tau2())) {
      b.append(String.format(Locale.ROOT, "\u03c4\u00b2 = %.4f, ", p.tau2()));
    }
    b.append(String.format(Locale.ROOT, "I\u00b2 = %.1f%%, Q = %.2f (df = %d), p %s", p.i2(), p.q(), p.qDf(), p(p.qPval())));
    return b.toString();
  }

  private static String p(double p) {
    if (!Double.isFinite(p)) {
      return "= NA";
    }
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p);
  }

  static String modelName(PoolingMethod m) {
    return switch (m) {
      case FE -> "Common-effect model";
      case MH -> "Mantel-Haenszel model";
      case PETO -> "Peto model";
      default -> "Random-effects model (" + m + ")";
    };
  }

  static String measureName(Measure m) {
    return switch (m) {
      case MD -> "Mean difference";
      case SMD -> "Standardized mean difference";
      case ROM -> "Ratio of means";
      case RR -> "Risk ratio";
      case OR -> "Odds ratio";
      case RD -> "Risk difference";
      case GEN -> "Effect size";
    };
  }
}
