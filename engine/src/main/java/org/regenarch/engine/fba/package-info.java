/**
 * Flux balance analysis of SBML Level 3 models with the fbc package (versions 1 and 2). {@link
 * org.regenarch.engine.fba.FbcReader} turns a model into a {@link
 * org.regenarch.engine.fba.FluxBalanceProblem} (steady state S v = 0 over non-boundary species,
 * flux bounds, the active objective); {@link org.regenarch.engine.fba.FluxBalanceSolver} solves it
 * with Hipparchus' simplex solver; {@link org.regenarch.engine.fba.FluxBalance} does both. Bounds
 * and stoichiometries set by initial assignments or rules are evaluated at t = 0 by the time-course
 * engine on the model's core part. {@link org.regenarch.engine.fba.FluxVariability} gives the range
 * of each flux over all optimal solutions (alternative optima).
 */
package org.regenarch.engine.fba;
