package org.regenarch.evidence.meta;

/**
 * The pooled result of one model, keyed as the JSON contract. NaN means "does not apply"
 * (written as null), e.g. τ² and the prediction interval for FE, MH and Peto.
 */
public record PooledEstimate(
    int k, double estimate, double se, double stat, double pval, double ciLb, double ciUb,
    double piLb, double piUb, double tau2, double tau2CiLb, double tau2CiUb,
    double i2, double h2, double q, int qDf, double qPval, double[] weightsPercent) {}
