package org.regenarch.evidence.meta;

/**
 * Pooling methods: common effect (FE), random effects with a tau² estimator as in metafor's
 * {@code rma.uni} (DL, REML, ML, PM, SJ, HE, EB, HS), Mantel–Haenszel ({@code rma.mh}) and Peto
 * ({@code rma.peto}).
 */
public enum PoolingMethod {
  FE, DL, REML, ML, PM, SJ, HE, EB, HS, MH, PETO;

  public boolean isRandomEffects() {
    return this != FE && this != MH && this != PETO;
  }

  /** Mantel–Haenszel and Peto work on the 2×2 tables, not on yi/vi. */
  public boolean isTableBased() {
    return this == MH || this == PETO;
  }
}
