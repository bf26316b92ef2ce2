package org.regenarch.evidence.plot;

import java.util.Locale;

/** Minimal deterministic SVG writer: fixed number formatting, XML-escaped text. */
final class Svg {
  static final String FONT = "Helvetica, Arial, sans-serif";
  private final StringBuilder b = new StringBuilder();

  Svg(double width, double height) {
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
        .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height)).append("\" font-family=\"")
        .append(FONT).append("\" font-size=\"12\">\n");
    b.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
        .append("\" fill=\"white\"/>\n");
  }

  static String n(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s.equals("-0") ? "0" : s;
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
    b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(n(width)).append('"');
    if (dash != null) {
      b.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    b.append("/>\n");
    return this;
  }

  Svg rect(double x, double y, double w, double h, String fill) {
    b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>\n");
    return this;
  }

  Svg polygon(double[] xs, double[] ys, String fill, String stroke) {
    b.append("<polygon points=\"");
    for (int i = 0; i < xs.length; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(n(xs[i])).append(',').append(n(ys[i]));
    }
    b.append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1\"/>\n");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String stroke) {
    b.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"/>\n");
    return this;
  }

  /** anchor: start, middle or end. */
  Svg text(double x, double y, String s, String anchor, String weight) {
    b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor).append('"');
    if (weight != null) {
      b.append(" font-weight=\"").append(weight).append('"');
    }
    b.append('>').append(escape(s)).append("</text>\n");
    return this;
  }

  Svg textRotated(double x, double y, String s) {
    b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" transform=\"rotate(-90 ")
        .append(n(x)).append(' ').append(n(y)).append(")\">").append(escape(s)).append("</text>\n");
    return this;
  }

  String finish() {
    return b + "</svg>\n";
  }
}
