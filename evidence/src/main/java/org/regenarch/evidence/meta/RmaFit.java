package org.regenarch.evidence.meta;

import java.util.List;

/**
 * A fitted inverse-variance model (metafor {@code rma.uni}): coefficients with inference,
 * τ², heterogeneity (QE, I², H²), the omnibus moderator test QM and study weights in percent.
 * {@code ddf} is the t degrees of freedom (Knapp–Hartung) or 0 for z tests.
 */
public record RmaFit(
    int k, int p, List<String> names,
    double[] beta, double[] se, double[] stat, double[] pval, double[] ciLb, double[] ciUb,
    double tau2, double qe, double qeP, double i2, double h2,
    double qm, int qmDf, double qmP, double[] weightsPercent, int ddf, double crit) {}
