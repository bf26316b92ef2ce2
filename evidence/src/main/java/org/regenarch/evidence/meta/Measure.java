package org.regenarch.evidence.meta;

/** Outcome measures, named and scaled as in metafor's {@code escalc} (log scale for ROM, RR, OR). */
public enum Measure {
  MD, SMD, ROM, RR, OR, RD, GEN;

  public boolean isContinuous() {
    return this == MD || this == SMD || this == ROM;
  }

  public boolean isBinary() {
    return this == RR || this == OR || this == RD;
  }

  /** True when the pooled value is on the log scale (metafor reports these unexponentiated). */
  public boolean isLogScale() {
    return this == ROM || this == RR || this == OR;
  }
}
