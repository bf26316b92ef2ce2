package org.regenarch.evidence.meta;

import java.util.List;

/** What to compute: the CLI options of {@code regenarch meta}. */
public record MetaRequest(
    Measure measure, PoolingMethod method, TestType test, String subgroup, List<String> moderators,
    boolean leaveOneOut, boolean cumulative, boolean egger, boolean trimfill, Convergence convergence) {
  public MetaRequest {
    moderators = moderators == null ? List.of() : List.copyOf(moderators);
    convergence = convergence == null ? Convergence.METAFOR_DEFAULT : convergence;
    if (method == PoolingMethod.MH && !measure.isBinary()) {
      throw new MetaInputException("--method MH needs --measure RR, OR or RD, got " + measure);
    }
    if (method == PoolingMethod.PETO && measure != Measure.OR) {
      throw new MetaInputException("--method PETO needs --measure OR, got " + measure);
    }
  }

  public static MetaRequest basic(Measure measure, PoolingMethod method, TestType test) {
    return new MetaRequest(measure, method, test, null, List.of(), false, false, false, false, Convergence.METAFOR_DEFAULT);
  }
}
