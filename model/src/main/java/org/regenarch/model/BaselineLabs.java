package org.regenarch.model;

import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;

/**
 * Baseline labs in clinical units; {@code hvpgMmHg}, {@code ascites} and {@code encephalopathy} may
 * be null (not measured).
 */
public record BaselineLabs(
    double bilirubinMgDl, double albuminGDl, double inr, double creatinineMgDl, double sodiumMmolL,
    Double hvpgMmHg, Ascites ascites, Encephalopathy encephalopathy) {}
