package org.regenarch.model;

import java.util.Map;

/**
 * Shapley attribution of a therapy's effect (therapy minus control at {@code day}) to the five
 * modes; the contributions sum to {@code totalEffect}.
 */
public record Attribution(Endpoint endpoint, double day, double therapyValue, double controlValue,
    double totalEffect, Map<String, Double> contributions) {}
