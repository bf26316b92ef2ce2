package org.regenarch.engine.compile;

/**
 * One named quantity of a compiled model and where its value lives at run time.
 *
 * @param index slot in the symbol arrays {@code p} and {@code v}
 * @param stateIndex slot in the ODE state {@code y}, or -1
 * @param amountState for species held in {@code y} as an amount (their symbol value is derived)
 * @param compartment symbol index of a species' compartment, or -1
 * @param concentrationValued a species whose symbol denotes a concentration
 */
public record Symbol(
    String id,
    int index,
    Kind kind,
    Storage storage,
    int stateIndex,
    boolean amountState,
    int compartment,
    boolean concentrationValued) {

  public enum Kind { COMPARTMENT, SPECIES, PARAMETER, SPECIES_REFERENCE, REACTION }

  public enum Storage {
    /** Fixed during a run: in {@code p}. */
    CONST,
    /** Part of the ODE state {@code y} (reactions, rate rules, or changed by events). */
    STATE,
    /** Computed from other symbols (assignment rule, reaction rate): in {@code v}. */
    ASSIGNED
  }
}
