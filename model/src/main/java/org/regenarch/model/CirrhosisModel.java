package org.regenarch.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SimulationResult;
import org.regenarch.engine.sim.SolverKind;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLWriter;

/**
 * The model as exported SBML text and as the engine's compiled form of exactly that text, so that
 * the exported file and the simulations here are the same model by construction. Thread-safe.
 */
public final class CirrhosisModel {
  /** Solver tolerances of every model run (the states are O(0.01..100)). */
  public static final double ABS_TOL = 1e-9;
  public static final double REL_TOL = 1e-7;

  private final ParameterTable table;
  private final String sbml;
  private final CompiledModel compiled;

  private CirrhosisModel(ParameterTable table) {
    this.table = table;
    SBMLDocument doc = CirrhosisModelBuilder.build(table);
    try {
      this.sbml = new SBMLWriter().writeSBMLToString(doc);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the model as SBML: " + e.getMessage(), e);
    }
    this.compiled = Engine.fromString(sbml, CirrhosisModelBuilder.MODEL_ID + ".xml");
  }

  /** The standard model (built and compiled once per process). */
  public static CirrhosisModel standard() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final CirrhosisModel MODEL = new CirrhosisModel(ParameterTable.standard());
  }

  /** A model built from another parameter table (calibration and sensitivity studies). */
  public static CirrhosisModel of(ParameterTable table) {
    return new CirrhosisModel(table);
  }

  public ParameterTable parameters() {
    return table;
  }

  /** SBML Level 3 Version 2 text of the model with default parameter values. */
  public String sbml() {
    return sbml;
  }

  /**
   * SBML text with some initial values and parameters replaced (e.g. a fitted patient and a therapy
   * plan), so that another tool simulates exactly that run.
   */
  public String sbmlWith(Map<String, Double> overrides) {
    if (overrides.isEmpty()) {
      return sbml;
    }
    SBMLDocument doc = CirrhosisModelBuilder.build(table);
    org.sbml.jsbml.Model m = doc.getModel();
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(overrides).entrySet()) {
      org.sbml.jsbml.Species sp = m.getSpecies(e.getKey());
      if (sp != null) {
        sp.setInitialConcentration(e.getValue());
        continue;
      }
      org.sbml.jsbml.Parameter p = m.getParameter(e.getKey());
      if (p == null) {
        throw new IllegalArgumentException("no species or parameter '" + e.getKey() + "' in the model");
      }
      p.setValue(e.getValue());
    }
    try {
      return new SBMLWriter().writeSBMLToString(doc);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the model as SBML: " + e.getMessage(), e);
    }
  }

  public CompiledModel compiled() {
    return compiled;
  }

  public String modelHash() {
    return compiled.modelHash();
  }

  /** One run with outputs at {@code steps + 1} equally spaced times. */
  public SimulationResult run(double days, int steps, List<String> variables, Map<String, Double> overrides) {
    return compiled.simulate(new SimulationRequest(0, days, steps, variables, Set.of(), Set.of(),
        ABS_TOL, REL_TOL, SolverKind.ROSENBROCK, overrides));
  }
}
