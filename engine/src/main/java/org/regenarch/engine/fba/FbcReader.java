package org.regenarch.engine.fba;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.sbml.SbmlReader;
import org.sbml.jsbml.ExplicitRule;
import org.sbml.jsbml.InitialAssignment;
import org.sbml.jsbml.ListOf;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.Parameter;
import org.sbml.jsbml.Reaction;
import org.sbml.jsbml.Rule;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.Species;
import org.sbml.jsbml.SpeciesReference;
import org.sbml.jsbml.ext.fbc.FBCConstants;
import org.sbml.jsbml.ext.fbc.FBCModelPlugin;
import org.sbml.jsbml.ext.fbc.FBCReactionPlugin;
import org.sbml.jsbml.ext.fbc.FluxBound;
import org.sbml.jsbml.ext.fbc.FluxObjective;
import org.sbml.jsbml.ext.fbc.Objective;

/**
 * Reads an SBML Level 3 model with the fbc package (version 1 or 2) into a {@link FluxBalanceProblem}.
 *
 * <ul>
 *   <li>fbc v1: {@code listOfFluxBounds}, each an operation (lessEqual, greaterEqual, equal) and a
 *       value; several bounds on one reaction intersect; a reaction without bounds is unbounded.
 *   <li>fbc v2: {@code fbc:lowerFluxBound} / {@code fbc:upperFluxBound} on reactions name parameters;
 *       their values at t = 0 count, including initial assignments and assignment rules.
 *   <li>Objectives: the active one ({@code fbc:activeObjective}, or the only one), its flux objectives
 *       and coefficients, maximise or minimise.
 *   <li>Mass balance rows: species that are neither boundary conditions nor constant (a constant
 *       species cannot be changed by reactions, so it imposes no steady-state constraint).
 *   <li>Gene product associations, charges and chemical formulas carry no constraint and are ignored.
 * </ul>
 */
public final class FbcReader {

  static {
    // As in SbmlReader: before any JSBML class loads, use our logging configuration.
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "regenarch-log4j2.xml");
    }
  }

  private FbcReader() {}

  /** Parses SBML text; {@code source} names it in error messages. */
  public static FluxBalanceProblem read(String xml, String source) {
    Model model = parse(xml, source).getModel();
    FBCModelPlugin fbc = (FBCModelPlugin) model.getExtension(FBCConstants.shortLabel);
    if (fbc == null) {
      throw new ModelFormatException(source + ": the model does not use the SBML Level 3 fbc package");
    }
    Map<String, Double> initial = CoreInitialValues.evaluate(xml, source, assignedSymbols(model, fbc));

    List<String> reactionIds = new ArrayList<>();
    Map<String, Integer> reactionIndex = new HashMap<>();
    for (Reaction r : model.getListOfReactions()) {
      reactionIndex.put(r.getId(), reactionIds.size());
      reactionIds.add(r.getId());
    }
    int n = reactionIds.size();
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(lower, Double.NEGATIVE_INFINITY);
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    for (Reaction r : model.getListOfReactions()) {
      int j = reactionIndex.get(r.getId());
      FBCReactionPlugin rp = (FBCReactionPlugin) r.getExtension(FBCConstants.shortLabel);
      if (rp != null && rp.isSetLowerFluxBound()) {
        lower[j] = boundValue(model, rp.getLowerFluxBound(), initial, source, r.getId(), "lower");
      }
      if (rp != null && rp.isSetUpperFluxBound()) {
        upper[j] = boundValue(model, rp.getUpperFluxBound(), initial, source, r.getId(), "upper");
      }
    }
    for (FluxBound b : fbc.getListOfFluxBounds()) {
      applyV1Bound(b, reactionIndex, lower, upper, source);
    }

    List<String> balanced = new ArrayList<>();
    Map<String, Integer> speciesIndex = new HashMap<>();
    for (Species s : model.getListOfSpecies()) {
      if (!s.getBoundaryCondition() && !s.getConstant()) {
        speciesIndex.put(s.getId(), balanced.size());
        balanced.add(s.getId());
      }
    }
    double[][] stoichiometry = new double[balanced.size()][n];
    for (Reaction r : model.getListOfReactions()) {
      int j = reactionIndex.get(r.getId());
      addReferences(r.getListOfReactants(), -1, j, speciesIndex, stoichiometry, initial, source, r.getId());
      addReferences(r.getListOfProducts(), 1, j, speciesIndex, stoichiometry, initial, source, r.getId());
    }

    Objective objective = activeObjective(fbc, source);
    double[] coefficients = new double[n];
    for (FluxObjective fo : objective.getListOfFluxObjectives()) {
      Integer j = reactionIndex.get(fo.getReaction());
      if (j == null) {
        throw new ModelFormatException(source + ": objective '" + objective.getId() + "' refers to reaction '"
            + fo.getReaction() + "', which the model does not define");
      }
      if (!fo.isSetCoefficient() || !Double.isFinite(fo.getCoefficient())) {
        throw new ModelFormatException(source + ": objective '" + objective.getId() + "', flux objective for '"
            + fo.getReaction() + "': expected a finite fbc:coefficient");
      }
      coefficients[j] += fo.getCoefficient();
    }
    if (objective.getType() == null) {
      throw new ModelFormatException(source + ": objective '" + objective.getId()
          + "': expected fbc:type \"maximize\" or \"minimize\"");
    }
    ObjectiveSense sense = objective.getType() == Objective.Type.MINIMIZE
        ? ObjectiveSense.MINIMIZE : ObjectiveSense.MAXIMIZE;
    return new FluxBalanceProblem(source, reactionIds, balanced, stoichiometry, lower, upper, objective.getId(),
        sense, coefficients);
  }

  private static SBMLDocument parse(String xml, String source) {
    return SbmlReader.parseJsbml(xml, source);
  }

  /**
   * Bound parameters and species references whose t = 0 value is set by an initial assignment or
   * rule: only these need the engine; all others are read from their attributes.
   */
  private static List<String> assignedSymbols(Model model, FBCModelPlugin fbc) {
    Set<String> assigned = new HashSet<>();
    for (InitialAssignment ia : model.getListOfInitialAssignments()) {
      if (ia.isSetMath()) {
        assigned.add(ia.getVariable()); // L3V2: an initial assignment without math has no effect (case 01628)
      }
    }
    for (Rule rule : model.getListOfRules()) {
      if (rule instanceof ExplicitRule er && rule.isSetMath()) {
        assigned.add(er.getVariable()); // a rule without math has no effect (case 01630)
      }
    }
    Set<String> needed = new LinkedHashSet<>();
    for (Reaction r : model.getListOfReactions()) {
      FBCReactionPlugin rp = (FBCReactionPlugin) r.getExtension(FBCConstants.shortLabel);
      if (rp != null) {
        needed.add(rp.getLowerFluxBound());
        needed.add(rp.getUpperFluxBound());
      }
      for (SpeciesReference sr : r.getListOfReactants()) {
        needed.add(sr.getId());
      }
      for (SpeciesReference sr : r.getListOfProducts()) {
        needed.add(sr.getId());
      }
    }
    needed.retainAll(assigned);
    return List.copyOf(needed);
  }

  private static double boundValue(Model model, String parameterId, Map<String, Double> initial, String source,
      String reactionId, String which) {
    Double assigned = initial.get(parameterId);
    if (assigned != null) {
      return checkedBound(assigned, parameterId, source, reactionId, which);
    }
    Parameter p = model.getParameter(parameterId);
    if (p == null) {
      throw new ModelFormatException(source + ": reaction '" + reactionId + "': fbc:" + which + "FluxBound refers to '"
          + parameterId + "', which is not a parameter of the model");
    }
    return checkedBound(p.isSetValue() ? p.getValue() : Double.NaN, parameterId, source, reactionId, which);
  }

  private static double checkedBound(double value, String parameterId, String source, String reactionId,
      String which) {
    if (Double.isNaN(value)) {
      throw new ModelFormatException(source + ": reaction '" + reactionId + "': " + which + " flux bound parameter '"
          + parameterId + "' has no value (expected a number or +/-INF)");
    }
    return value;
  }

  private static void applyV1Bound(FluxBound b, Map<String, Integer> reactionIndex, double[] lower, double[] upper,
      String source) {
    String element = "flux bound " + (b.isSetId() ? "'" + b.getId() + "'" : "on '" + b.getReaction() + "'");
    Integer j = reactionIndex.get(b.getReaction());
    if (j == null) {
      throw new ModelFormatException(source + ": " + element + " refers to reaction '" + b.getReaction()
          + "', which the model does not define");
    }
    double v = b.getValue();
    if (Double.isNaN(v) || b.getOperation() == null) {
      throw new ModelFormatException(source + ": " + element + ": expected fbc:operation and a numeric fbc:value");
    }
    // Several bounds on one reaction intersect; strict < and > (fbc v1 'less', 'greater') act as <= and >=,
    // as in every LP-based FBA tool, because an LP has no strict inequalities.
    switch (b.getOperation()) {
      case LESS_EQUAL, LESS -> upper[j] = Math.min(upper[j], v);
      case GREATER_EQUAL, GREATER -> lower[j] = Math.max(lower[j], v);
      case EQUAL -> {
        lower[j] = Math.max(lower[j], v);
        upper[j] = Math.min(upper[j], v);
      }
    }
  }

  private static void addReferences(ListOf<SpeciesReference> refs, int sign, int reaction,
      Map<String, Integer> speciesIndex, double[][] stoichiometry, Map<String, Double> initial, String source,
      String reactionId) {
    for (SpeciesReference sr : refs) {
      Integer i = speciesIndex.get(sr.getSpecies());
      if (i == null) {
        continue; // boundary or constant species: not balanced
      }
      double coefficient = sr.isSetId() && initial.containsKey(sr.getId()) ? initial.get(sr.getId())
          : sr.isSetStoichiometry() ? sr.getStoichiometry() : Double.NaN;
      if (!Double.isFinite(coefficient)) {
        throw new ModelFormatException(source + ": reaction '" + reactionId + "': stoichiometry of species '"
            + sr.getSpecies() + "' is " + (Double.isNaN(coefficient) ? "not set" : coefficient)
            + " (expected a finite number)");
      }
      stoichiometry[i][reaction] += sign * coefficient;
    }
  }

  private static Objective activeObjective(FBCModelPlugin fbc, String source) {
    List<Objective> objectives = fbc.getListOfObjectives();
    if (objectives.isEmpty()) {
      throw new ModelFormatException(source + ": the fbc model defines no objective (expected fbc:listOfObjectives)");
    }
    String active = fbc.getActiveObjective();
    if (active == null || active.isEmpty()) {
      if (objectives.size() == 1) {
        return objectives.get(0);
      }
      throw new ModelFormatException(source + ": " + objectives.size()
          + " objectives but no fbc:activeObjective says which one to optimise");
    }
    for (Objective o : objectives) {
      if (active.equals(o.getId())) {
        return o;
      }
    }
    throw new ModelFormatException(source + ": fbc:activeObjective '" + active + "' names no objective of the model");
  }
}
