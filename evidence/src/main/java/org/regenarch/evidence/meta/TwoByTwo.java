package org.regenarch.evidence.meta;

/** A 2×2 table: events / non-events in group 1 (ai, bi) and group 2 (ci, di). */
public record TwoByTwo(double ai, double bi, double ci, double di) {
  /** metafor escalc default {@code add = 1/2}. */
  public static final double CONTINUITY_CORRECTION = 0.5;

  public double n1() {
    return ai + bi;
  }

  public double n2() {
    return ci + di;
  }

  public double total() {
    return ai + bi + ci + di;
  }

  public boolean hasZeroCell() {
    return ai == 0 || bi == 0 || ci == 0 || di == 0;
  }

  /** No events in both groups, or only events in both groups (metafor's "double-zero" study). */
  public boolean isDoubleZero() {
    return (ai == 0 && ci == 0) || (bi == 0 && di == 0);
  }

  /** metafor escalc {@code to = "only0"}: add 1/2 to every cell of a table with a zero cell. */
  public TwoByTwo corrected() {
    if (!hasZeroCell()) {
      return this;
    }
    double a = CONTINUITY_CORRECTION;
    return new TwoByTwo(ai + a, bi + a, ci + a, di + a);
  }
}
