package org.regenarch.engine.sbml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.math.Expr;
import org.regenarch.engine.math.Exprs;
import org.regenarch.engine.model.ModelDefinition;
import org.regenarch.engine.sbml.comp.CompFlattener;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.AlgebraicRule;
import org.sbml.jsbml.FunctionDefinition;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.Rule;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SpeciesReference;

/** Reads SBML (Level 2 Version 1 to Level 3 Version 2) with JSBML into a {@link ModelDefinition}. */
public final class SbmlReader {

  /** Package namespaces that carry no simulation semantics and may be ignored. */
  private static final List<String> IGNORABLE_PACKAGES = List.of("layout", "render", "annot", "groups");

  private static final Pattern PACKAGE_NS =
      Pattern.compile("xmlns:(\\w+)\\s*=\\s*\"http://www\\.sbml\\.org/sbml/level3/version\\d/(\\w+)/version\\d\"");

  static {
    // Before any JSBML class loads: use our logging configuration instead of JSBML's file logger.
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "regenarch-log4j2.xml");
    }
  }

  private SbmlReader() {}

  public static ModelDefinition read(Path file) {
    String xml;
    try {
      xml = Files.readString(file);
    } catch (IOException e) {
      throw new ModelFormatException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return read(xml, file.toString());
  }

  /**
   * Parses SBML text with JSBML (for the engine's own readers, e.g. FBA); fails with a
   * ModelFormatException naming {@code source} when the text is not SBML or has no model.
   */
  public static SBMLDocument parseJsbml(String xml, String source) {
    SBMLDocument doc;
    try {
      // JSBML's reader initialises shared static state lazily and is not safe to call concurrently.
      synchronized (SbmlReader.class) {
        doc = new org.sbml.jsbml.SBMLReader().readSBMLFromString(xml);
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new ModelFormatException(source + ": not readable as SBML: " + e.getMessage(), e);
    }
    if (doc == null || doc.getModel() == null) {
      throw new ModelFormatException(source + ": the SBML document has no model");
    }
    return doc;
  }

  public static ModelDefinition read(String xml, String source) {
    xml = CompFlattener.flattenIfHierarchical(xml, source); // comp models become plain SBML first
    rejectPackages(xml, source);
    SBMLDocument doc = parseJsbml(xml, source);
    int level = doc.getLevel();
    int version = doc.getVersion();
    if (level < 2 || (level == 3 && version > 2) || level > 3) {
      throw new UnsupportedFeatureException("SBML Level " + level + " Version " + version
          + " (supported: Level 2 Version 1 to Level 3 Version 2)", source);
    }
    return new Converter(doc.getModel(), source, level).convert();
  }

  private static void rejectPackages(String xml, String source) {
    int end = xml.indexOf("<model");
    String head = end > 0 ? xml.substring(0, end) : xml;
    Matcher m = PACKAGE_NS.matcher(head);
    while (m.find()) {
      String pkg = m.group(2);
      if (!IGNORABLE_PACKAGES.contains(pkg)) {
        throw new UnsupportedFeatureException("SBML Level 3 package '" + pkg + "'", source);
      }
    }
  }

  /** One conversion; holds the function table and naming context. */
  private static final class Converter {
    private final Model model;
    private final String source;
    private final int level;
    private final MathConverter math;
    private final List<ModelDefinition.AssignmentRule> assignmentRules = new ArrayList<>();
    private final List<ModelDefinition.Parameter> parameters = new ArrayList<>();
    private final List<ModelDefinition.AlgebraicRule> algebraicRules = new ArrayList<>();
    private int syntheticIds;

    Converter(Model model, String source, int level) {
      this.model = model;
      this.source = source;
      this.level = level;
      Map<String, MathConverter.Lambda> functions = new HashMap<>();
      for (FunctionDefinition fd : model.getListOfFunctionDefinitions()) {
        ASTNode lambda = fd.getMath();
        if (lambda == null || lambda.getType() != ASTNode.Type.LAMBDA) {
          continue; // L3V2 allows a function definition without math; calling it is an error
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < lambda.getChildCount() - 1; i++) {
          params.add(lambda.getChild(i).getName());
        }
        functions.put(fd.getId(), new MathConverter.Lambda(params, lambda.getChild(lambda.getChildCount() - 1)));
      }
      this.math = new MathConverter(functions);
    }

    ModelDefinition convert() {
      var compartments = new ArrayList<ModelDefinition.Compartment>();
      for (var c : model.getListOfCompartments()) {
        double dims = c.isSetSpatialDimensions() ? c.getSpatialDimensions() : (level < 3 ? 3 : Double.NaN);
        compartments.add(new ModelDefinition.Compartment(c.getId(),
            c.isSetSize() ? c.getSize() : (level < 3 && dims != 0 ? 1.0 : Double.NaN), dims, c.getConstant()));
      }
      var species = new ArrayList<ModelDefinition.Species>();
      for (var s : model.getListOfSpecies()) {
        species.add(new ModelDefinition.Species(s.getId(), s.getCompartment(),
            s.isSetInitialAmount() ? s.getInitialAmount() : Double.NaN,
            s.isSetInitialConcentration() ? s.getInitialConcentration() : Double.NaN,
            s.getHasOnlySubstanceUnits(), s.getBoundaryCondition(), s.getConstant(),
            s.isSetConversionFactor() ? s.getConversionFactor() : null));
      }
      for (var p : model.getListOfParameters()) {
        parameters.add(new ModelDefinition.Parameter(p.getId(), p.isSetValue() ? p.getValue() : Double.NaN, p.getConstant()));
      }
      var reactions = new ArrayList<ModelDefinition.Reaction>();
      for (var r : model.getListOfReactions()) {
        reactions.add(reaction(r));
      }
      var rateRules = new ArrayList<ModelDefinition.RateRule>();
      for (Rule rule : model.getListOfRules()) {
        if (rule instanceof AlgebraicRule) {
          String element = "algebraic rule " + describe(rule.getMetaId());
          if (rule.getMath() != null) {
            algebraicRules.add(new ModelDefinition.AlgebraicRule(element, math.convert(rule.getMath(), element)));
          }
          continue;
        }
        String element = (rule.isRate() ? "rate rule for '" : "assignment rule for '") + variable(rule) + "'";
        if (rule.getMath() == null) {
          continue; // L3V2: a rule without math has no effect
        }
        Expr m = math.convert(rule.getMath(), element);
        if (rule instanceof org.sbml.jsbml.RateRule rr) {
          rateRules.add(new ModelDefinition.RateRule(rr.getVariable(), m));
        } else if (rule instanceof org.sbml.jsbml.AssignmentRule ar) {
          assignmentRules.add(new ModelDefinition.AssignmentRule(ar.getVariable(), m));
        }
      }
      var initialAssignments = new ArrayList<ModelDefinition.InitialAssignment>();
      for (var ia : model.getListOfInitialAssignments()) {
        String element = "initial assignment for '" + ia.getVariable() + "'";
        if (ia.getMath() == null) {
          continue; // L3V2: an initial assignment without math has no effect
        }
        initialAssignments.add(new ModelDefinition.InitialAssignment(ia.getVariable(), math.convert(ia.getMath(), element)));
      }
      var events = new ArrayList<ModelDefinition.Event>();
      int index = 0;
      for (var e : model.getListOfEvents()) {
        if (e.getTrigger() == null || e.getTrigger().getMath() == null) {
          index++;
          continue; // L3V2: an event without a trigger never fires
        }
        events.add(event(e, index++));
      }
      return new ModelDefinition(model.getId(), compartments, species, parameters, reactions, assignmentRules,
          rateRules, initialAssignments, events, model.isSetConversionFactor() ? model.getConversionFactor() : null,
          algebraicRules);
    }

    private static String variable(Rule rule) {
      if (rule instanceof org.sbml.jsbml.ExplicitRule er) {
        return er.getVariable();
      }
      return "?";
    }

    private static String describe(String metaId) {
      return metaId == null || metaId.isEmpty() ? "(no id)" : "'" + metaId + "'";
    }

    private ModelDefinition.Reaction reaction(org.sbml.jsbml.Reaction r) {
      String element = "reaction '" + r.getId() + "'";
      if (r.isSetFast() && r.getFast()) {
        throw new UnsupportedFeatureException("fast reaction", element);
      }
      Expr rate = null;
      KineticLaw kl = r.getKineticLaw();
      if (kl != null && kl.getMath() != null) {
        rate = math.convert(kl.getMath(), "kinetic law of " + element);
        Map<String, Expr> locals = new HashMap<>();
        for (LocalParameter lp : kl.getListOfLocalParameters()) {
          locals.put(lp.getId(), Expr.num(lp.isSetValue() ? lp.getValue() : Double.NaN));
        }
        if (!locals.isEmpty()) {
          // Local parameters shadow globals and are constant: their rateOf is 0.
          rate = Exprs.map(rate, x -> x instanceof Expr.Sym ls && locals.containsKey(ls.id()) ? locals.get(ls.id())
              : x instanceof Expr.RateOf lr && locals.containsKey(lr.id()) ? Expr.num(0) : null);
        }
      }
      return new ModelDefinition.Reaction(r.getId(), refs(r.getListOfReactants(), element),
          refs(r.getListOfProducts(), element), rate);
    }

    private List<ModelDefinition.SpeciesReference> refs(List<SpeciesReference> list, String element) {
      List<ModelDefinition.SpeciesReference> out = new ArrayList<>();
      for (SpeciesReference sr : list) {
        String id = sr.isSetId() && !sr.getId().isEmpty() ? sr.getId() : null;
        double stoich = sr.isSetStoichiometry() ? sr.getStoichiometry() : (level < 3 ? 1.0 : Double.NaN);
        boolean constant = level < 3 || sr.getConstant();
        if (level < 3 && sr.isSetStoichiometryMath() && sr.getStoichiometryMath().getMath() != null) {
          // L2 stoichiometryMath: a synthetic symbol defined by an assignment rule.
          id = id != null ? id : "__stoich" + (syntheticIds++);
          assignmentRules.add(new ModelDefinition.AssignmentRule(id,
              math.convert(sr.getStoichiometryMath().getMath(), "stoichiometryMath in " + element)));
          constant = false;
          stoich = Double.NaN;
        }
        out.add(new ModelDefinition.SpeciesReference(sr.getSpecies(), id, stoich, constant));
      }
      return out;
    }

    private ModelDefinition.Event event(org.sbml.jsbml.Event e, int index) {
      String name = e.isSetId() ? e.getId() : "#" + (index + 1);
      String element = "event '" + name + "'";
      if (e.getTrigger() == null || e.getTrigger().getMath() == null) {
        throw new ModelFormatException(source + ": " + element + " has no trigger");
      }
      var t = e.getTrigger();
      Expr trigger = math.convert(t.getMath(), "trigger of " + element);
      boolean initialValue = level < 3 || !t.isSetInitialValue() || t.getInitialValue();
      boolean persistent = level < 3 || !t.isSetPersistent() || t.getPersistent();
      Expr delay = e.isSetDelay() && e.getDelay().getMath() != null
          ? math.convert(e.getDelay().getMath(), "delay of " + element) : null;
      Expr priority = e.isSetPriority() && e.getPriority().getMath() != null
          ? math.convert(e.getPriority().getMath(), "priority of " + element) : null;
      boolean fromTrigger = !e.isSetUseValuesFromTriggerTime() || e.getUseValuesFromTriggerTime();
      var assignments = new ArrayList<ModelDefinition.EventAssignment>();
      for (var ea : e.getListOfEventAssignments()) {
        if (ea.getMath() == null) {
          continue;
        }
        assignments.add(new ModelDefinition.EventAssignment(ea.getVariable(),
            math.convert(ea.getMath(), "assignment to '" + ea.getVariable() + "' in " + element)));
      }
      return new ModelDefinition.Event(name, trigger, initialValue, persistent, delay, priority, fromTrigger, assignments);
    }
  }
}
