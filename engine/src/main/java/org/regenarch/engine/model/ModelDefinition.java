package org.regenarch.engine.model;

import java.util.List;
import org.regenarch.engine.math.Expr;

/**
 * Immutable, library-independent description of a reaction-network model (what SBML core
 * describes). Front ends (the SBML reader, later a model builder) produce it; the compiler consumes it.
 *
 * @param conversionFactor model-level conversion factor parameter id, or null
 */
public record ModelDefinition(
    String id,
    List<Compartment> compartments,
    List<Species> species,
    List<Parameter> parameters,
    List<Reaction> reactions,
    List<AssignmentRule> assignmentRules,
    List<RateRule> rateRules,
    List<InitialAssignment> initialAssignments,
    List<Event> events,
    String conversionFactor,
    List<AlgebraicRule> algebraicRules) {

  /** A model without algebraic rules. */
  public ModelDefinition(String id, List<Compartment> compartments, List<Species> species,
      List<Parameter> parameters, List<Reaction> reactions, List<AssignmentRule> assignmentRules,
      List<RateRule> rateRules, List<InitialAssignment> initialAssignments, List<Event> events,
      String conversionFactor) {
    this(id, compartments, species, parameters, reactions, assignmentRules, rateRules,
        initialAssignments, events, conversionFactor, List.of());
  }

  public ModelDefinition {
    algebraicRules = List.copyOf(algebraicRules);
    compartments = List.copyOf(compartments);
    species = List.copyOf(species);
    parameters = List.copyOf(parameters);
    reactions = List.copyOf(reactions);
    assignmentRules = List.copyOf(assignmentRules);
    rateRules = List.copyOf(rateRules);
    initialAssignments = List.copyOf(initialAssignments);
    events = List.copyOf(events);
  }

  /**
   * @param size NaN when not set
   * @param spatialDimensions NaN when not set (treated as 3)
   */
  public record Compartment(String id, double size, double spatialDimensions, boolean constant) {}

  /**
   * @param initialAmount NaN when not set
   * @param initialConcentration NaN when not set
   * @param conversionFactor parameter id or null
   */
  public record Species(
      String id,
      String compartment,
      double initialAmount,
      double initialConcentration,
      boolean hasOnlySubstanceUnits,
      boolean boundaryCondition,
      boolean constant,
      String conversionFactor) {}

  /** @param value NaN when not set */
  public record Parameter(String id, double value, boolean constant) {}

  /**
   * A reactant or product.
   *
   * @param id the species reference's own id (a symbol whose value is the stoichiometry), or null
   * @param stoichiometry NaN when not set
   */
  public record SpeciesReference(String species, String id, double stoichiometry, boolean constant) {}

  /** @param rate kinetic law with local parameters already substituted; null when no kinetic law */
  public record Reaction(
      String id, List<SpeciesReference> reactants, List<SpeciesReference> products, Expr rate) {
    public Reaction {
      reactants = List.copyOf(reactants);
      products = List.copyOf(products);
    }
  }

  public record AssignmentRule(String variable, Expr math) {}

  public record RateRule(String variable, Expr math) {}

  /** 0 = math; {@code element} names the rule in messages. */
  public record AlgebraicRule(String element, Expr math) {}

  public record InitialAssignment(String symbol, Expr math) {}

  public record EventAssignment(String variable, Expr math) {}

  /**
   * @param delay null when none
   * @param priority null when none
   */
  public record Event(
      String id,
      Expr trigger,
      boolean initialValue,
      boolean persistent,
      Expr delay,
      Expr priority,
      boolean useValuesFromTriggerTime,
      List<EventAssignment> assignments) {
    public Event {
      assignments = List.copyOf(assignments);
    }
  }
}
