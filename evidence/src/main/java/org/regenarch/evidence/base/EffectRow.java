package org.regenarch.evidence.base;

import java.util.List;
import java.util.Map;

/**
 * One study's two-group summary for pooling: group 1 = MSC arm(s), group 2 = control (metafor's
 * order). Continuous rows fill m/sd/n, binary rows fill events/n. {@code notes} lists each
 * conversion or arm combination applied, so every pooled number can be traced.
 */
public record EffectRow(
    String study,
    boolean binary,
    double m1,
    double sd1,
    double n1,
    double m2,
    double sd2,
    double n2,
    double events1,
    double events2,
    Map<String, String> moderators,
    List<String> notes) {

  public EffectRow {
    moderators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(moderators)); // keeps column order
    notes = List.copyOf(notes);
  }
}
