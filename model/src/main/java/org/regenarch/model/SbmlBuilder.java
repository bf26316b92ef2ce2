package org.regenarch.model;

import java.io.StringReader;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.AssignmentRule;
import org.sbml.jsbml.CVTerm;
import org.sbml.jsbml.Compartment;
import org.sbml.jsbml.Event;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.RateRule;
import org.sbml.jsbml.Reaction;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.Species;
import org.sbml.jsbml.SpeciesReference;
import org.sbml.jsbml.text.parser.FormulaParserLL3;
import org.sbml.jsbml.text.parser.ParseException;

/**
 * A thin fluent layer over JSBML so that the model reads as a list of states, rules, processes and
 * events with infix formulas. Produces SBML Level 3 Version 2.
 */
final class SbmlBuilder {
  static final int LEVEL = 3;
  static final int VERSION = 2;
  /** SBO terms used (https://www.ebi.ac.uk/sbo). */
  static final int SBO_MACROMOLECULE = 245;
  static final int SBO_SIMPLE_CHEMICAL = 247;
  static final int SBO_CELL_POPULATION = 240; // material entity
  static final int SBO_PARAMETER = 2;
  static final int SBO_KINETIC_CONSTANT = 9;
  static final int SBO_DEGRADATION = 179;
  static final int SBO_TRANSPORT = 185;
  static final int SBO_PRODUCTION = 393;
  static final int SBO_CONVERSION = 182;
  static final int SBO_PHYSICAL_COMPARTMENT = 290;

  static {
    // As the engine's SbmlReader: JSBML's own log4j2 configuration writes jsbml.log into the working
    // directory; use the engine's (errors to stderr) unless the user chose one.
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "regenarch-log4j2.xml");
    }
  }

  private final SBMLDocument doc;
  private final Model model;
  private final String compartment;

  SbmlBuilder(String modelId, String modelName, String compartmentId) {
    doc = new SBMLDocument(LEVEL, VERSION);
    model = doc.createModel(modelId);
    model.setName(modelName);
    model.setTimeUnits("dimensionless");
    Compartment c = model.createCompartment(compartmentId);
    c.setSize(1);
    c.setConstant(true);
    c.setSpatialDimensions(3);
    c.setSBOTerm(SBO_PHYSICAL_COMPARTMENT);
    this.compartment = compartmentId;
  }

  SBMLDocument document() {
    return doc;
  }

  Model model() {
    return model;
  }

  /** A dynamic species (cell population or molecule pool) with an initial value. */
  Species species(String id, String name, double initial, int sbo, String... identifiersOrgUris) {
    Species s = model.createSpecies(id, model.getCompartment(compartment));
    s.setName(name);
    s.setInitialConcentration(initial);
    s.setHasOnlySubstanceUnits(false);
    s.setBoundaryCondition(false);
    s.setConstant(false);
    s.setSBOTerm(sbo);
    annotate(s, id, identifiersOrgUris);
    return s;
  }

  /** A species whose value is given by an assignment rule (fast mediator in quasi-steady state). */
  Species mediator(String id, String name, String formula, String... identifiersOrgUris) {
    Species s = species(id, name, 1.0, SBO_MACROMOLECULE, identifiersOrgUris);
    s.setBoundaryCondition(true);
    rule(id, formula);
    return s;
  }

  private void annotate(org.sbml.jsbml.SBase element, String id, String... uris) {
    if (uris.length == 0) {
      return;
    }
    element.setMetaId("meta_" + id);
    CVTerm cv = new CVTerm(CVTerm.Type.BIOLOGICAL_QUALIFIER, CVTerm.Qualifier.BQB_IS);
    for (String uri : uris) {
      cv.addResource(uri);
    }
    element.addCVTerm(cv);
  }

  /** A constant parameter. */
  org.sbml.jsbml.Parameter constant(String id, String name, double value, String units) {
    org.sbml.jsbml.Parameter p = model.createParameter(id);
    p.setName(name);
    p.setValue(value);
    p.setConstant(true);
    p.setSBOTerm(units.startsWith("1/") ? SBO_KINETIC_CONSTANT : SBO_PARAMETER);
    return p;
  }

  /** A non-constant parameter with an initial value (changed by events or a rate rule). */
  org.sbml.jsbml.Parameter variable(String id, String name, double value) {
    org.sbml.jsbml.Parameter p = model.createParameter(id);
    p.setName(name);
    p.setValue(value);
    p.setConstant(false);
    p.setSBOTerm(SBO_PARAMETER);
    return p;
  }

  /** A derived quantity: a non-constant parameter defined by an assignment rule. */
  void derived(String id, String name, String formula) {
    org.sbml.jsbml.Parameter p = model.createParameter(id);
    p.setName(name);
    p.setConstant(false);
    p.setSBOTerm(SBO_PARAMETER);
    rule(id, formula);
  }

  private void rule(String variable, String formula) {
    AssignmentRule r = model.createAssignmentRule();
    r.setVariable(variable);
    r.setMath(parse(formula, "rule for " + variable));
  }

  void rateRule(String variable, String formula) {
    RateRule r = model.createRateRule();
    r.setVariable(variable);
    r.setMath(parse(formula, "rate rule for " + variable));
  }

  /**
   * A process with mass-action bookkeeping: each reactant loses, each product gains the rate
   * (compartment size 1). Use "" for no reactant or no product.
   */
  void process(String id, String name, String reactant, String product, String rate, int sbo) {
    Reaction r = model.createReaction(id);
    r.setName(name);
    r.setReversible(false);
    r.setSBOTerm(sbo);
    if (!reactant.isEmpty()) {
      SpeciesReference sr = r.createReactant(model.getSpecies(reactant));
      sr.setStoichiometry(1);
      sr.setConstant(true);
    }
    if (!product.isEmpty()) {
      SpeciesReference sr = r.createProduct(model.getSpecies(product));
      sr.setStoichiometry(1);
      sr.setConstant(true);
    }
    KineticLaw kl = r.createKineticLaw();
    kl.setMath(parse(rate, "kinetic law of " + id));
  }

  /** An event that fires when {@code trigger} becomes true (also at time 0). */
  void event(String id, String name, String trigger, String[][] assignments) {
    Event e = model.createEvent(id);
    e.setName(name);
    // Values at execution time: simultaneous administrations then add up instead of overwriting.
    e.setUseValuesFromTriggerTime(false);
    e.createTrigger(false, true, parse(trigger, "trigger of " + id));
    for (String[] a : assignments) {
      e.createEventAssignment(a[0], parse(a[1], "assignment to " + a[0] + " in " + id));
    }
  }

  /**
   * Declares every species a kinetic law reads but neither consumes nor produces as a modifier
   * (SBML validation rule 21121).
   */
  void declareModifiers() {
    for (Reaction r : model.getListOfReactions()) {
      java.util.Set<String> names = new java.util.TreeSet<>();
      collectNames(r.getKineticLaw().getMath(), names);
      for (String n : names) {
        Species sp = model.getSpecies(n);
        if (sp != null && r.getReactantForSpecies(n) == null && r.getProductForSpecies(n) == null
            && r.getModifierForSpecies(n) == null) {
          r.createModifier(sp);
        }
      }
    }
  }

  private static void collectNames(ASTNode node, java.util.Set<String> names) {
    if (node.isName()) {
      names.add(node.getName());
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collectNames(node.getChild(i), names);
    }
  }

  static ASTNode parse(String formula, String where) {
    try {
      FormulaParserLL3 parser = new FormulaParserLL3(new StringReader(""));
      parser.setCaseSensitive(true);
      return ASTNode.parseFormula(formula, parser);
    } catch (ParseException e) {
      throw new IllegalStateException("cannot parse " + where + ": '" + formula + "': " + e.getMessage(), e);
    }
  }
}
