package org.regenarch.evidence.base;

import org.regenarch.evidence.base.Enums.ArmRole;
import org.regenarch.evidence.base.Enums.Route;

/**
 * One arm (or reported group) of a study. Product, route and dose are null for control arms.
 *
 * @param n number of participants as an integer, null when not printed
 * @param nAsPrinted the n text of the source (e.g. "10 (planned)")
 * @param subgroupOf id of the arm this arm is a subgroup of (its n is part of that arm's n), or null
 */
public record Arm(
    String id,
    String label,
    ArmRole role,
    Integer n,
    String nAsPrinted,
    Product product,
    Route route,
    String routeAsPrinted,
    Dose dose,
    String comparatorAsPrinted,
    String subgroupOf,
    SourceRef source) {}
