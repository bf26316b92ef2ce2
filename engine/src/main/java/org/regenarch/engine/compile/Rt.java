package org.regenarch.engine.compile;

import org.hipparchus.special.Gamma;

/** Runtime helpers called from generated code, for MathML functions Java lacks. */
public final class Rt {
  private Rt() {}

  public static double root(double degree, double x) {
    if (degree == 2) {
      return Math.sqrt(x);
    }
    if (degree == 3) {
      return Math.cbrt(x);
    }
    if (x < 0 && degree == Math.rint(degree) && Math.abs(degree % 2) == 1) {
      return -Math.pow(-x, 1 / degree);
    }
    return Math.pow(x, 1 / degree);
  }

  public static double log(double base, double x) {
    return base == 10 ? Math.log10(x) : Math.log(x) / Math.log(base);
  }

  public static double factorial(double n) {
    if (n < 0 || n != Math.rint(n)) {
      return Double.NaN;
    }
    return n > 170 ? Double.POSITIVE_INFINITY : Math.rint(Gamma.gamma(n + 1));
  }

  public static double sec(double x) {
    return 1 / Math.cos(x);
  }

  public static double csc(double x) {
    return 1 / Math.sin(x);
  }

  public static double cot(double x) {
    return 1 / Math.tan(x);
  }

  public static double sech(double x) {
    return 1 / Math.cosh(x);
  }

  public static double csch(double x) {
    return 1 / Math.sinh(x);
  }

  public static double coth(double x) {
    return 1 / Math.tanh(x);
  }

  public static double asec(double x) {
    return Math.acos(1 / x);
  }

  public static double acsc(double x) {
    return Math.asin(1 / x);
  }

  public static double acot(double x) {
    return Math.atan(1 / x);
  }

  public static double asinh(double x) {
    return Math.log(x + Math.sqrt(x * x + 1));
  }

  public static double acosh(double x) {
    return Math.log(x + Math.sqrt(x * x - 1));
  }

  public static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }

  public static double asech(double x) {
    return acosh(1 / x);
  }

  public static double acsch(double x) {
    return asinh(1 / x);
  }

  public static double acoth(double x) {
    return atanh(1 / x);
  }

  /** MathML quotient: the integer part of a / b, truncated toward zero. */
  public static double quotient(double a, double b) {
    double q = a / b;
    return q < 0 ? Math.ceil(q) : Math.floor(q);
  }

  public static double pow(double a, double b) {
    return b == 2 ? a * a : Math.pow(a, b);
  }

  public static double b2d(boolean b) {
    return b ? 1.0 : 0.0;
  }
}
