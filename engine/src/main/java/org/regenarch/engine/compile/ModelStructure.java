package org.regenarch.engine.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.math.Expr;
import org.regenarch.engine.math.Exprs;
import org.regenarch.engine.math.Op;
import org.regenarch.engine.model.ModelDefinition;
import org.regenarch.engine.model.ModelDefinition.Species;

/**
 * The analysed model: every symbol with its storage, and the equations that define symbols,
 * derivatives and initial values, with rateOf expanded. Input of the code generator.
 */
public final class ModelStructure {

  /** An expression and the model element it came from (for error messages). */
  public record Eq(int symbol, Expr math, String element) {}

  final ModelDefinition model;
  final List<Symbol> symbols = new ArrayList<>();
  final Map<String, Symbol> byId = new LinkedHashMap<>();
  final Map<Integer, Eq> assigned = new HashMap<>();
  final Map<Integer, Eq> rateRules = new HashMap<>();
  final Map<Integer, Eq> initialAssignments = new HashMap<>();
  final double[] attributeValues;
  private final double shortestConstantDelay;
  private final boolean rhsUsesTime;
  private final Map<String, Species> speciesById = new HashMap<>();
  /** The model's events with rateOf expanded. */
  List<ModelDefinition.Event> events;
  /** Species index -> (stoichiometry expression times reaction symbol) terms of dn/dt, conversion included. */
  final Map<Integer, Expr> speciesAmountRates = new HashMap<>();
  int stateCount;

  private final Set<String> ruleTargets = new HashSet<>();
  private final Set<String> rateTargets = new HashSet<>();
  private final Set<String> eventTargets = new HashSet<>();

  public ModelStructure(ModelDefinition model) {
    this.model = model;
    model.assignmentRules().forEach(r -> ruleTargets.add(r.variable()));
    model.rateRules().forEach(r -> rateTargets.add(r.variable()));
    model.events().forEach(e -> e.assignments().forEach(a -> eventTargets.add(a.variable())));
    List<Double> attrs = new ArrayList<>();
    Map<String, ModelDefinition.Compartment> compartments = new HashMap<>();
    for (var c : model.compartments()) {
      compartments.put(c.id(), c);
      add(c.id(), Symbol.Kind.COMPARTMENT, storage(c.id(), c.constant(), false, false), false, -1, false);
      attrs.add(c.size());
    }
    for (var p : model.parameters()) {
      add(p.id(), Symbol.Kind.PARAMETER, storage(p.id(), p.constant(), false, false), false, -1, false);
      attrs.add(p.value());
    }
    for (Species s : model.species()) {
      speciesById.put(s.id(), s);
      Symbol comp = byId.get(s.compartment());
      if (comp == null) {
        throw new ModelFormatException("species '" + s.id() + "' refers to unknown compartment '" + s.compartment() + "'");
      }
      var cdef = compartments.get(s.compartment());
      boolean zeroD = cdef.spatialDimensions() == 0;
      boolean conc = !s.hasOnlySubstanceUnits() && !zeroD;
      Symbol.Storage st = storage(s.id(), s.constant(), true, comp.storage() != Symbol.Storage.CONST);
      boolean amountState = st == Symbol.Storage.STATE && !rateTargets.contains(s.id());
      add(s.id(), Symbol.Kind.SPECIES, st, amountState, comp.index(), conc);
      attrs.add(Double.NaN); // species initial values are generated from the definition
    }
    for (var r : model.reactions()) {
      for (var sr : concat(r.reactants(), r.products())) {
        if (sr.id() != null && !byId.containsKey(sr.id())) {
          add(sr.id(), Symbol.Kind.SPECIES_REFERENCE, storage(sr.id(), sr.constant(), false, false), false, -1, false);
          attrs.add(Double.isNaN(sr.stoichiometry()) ? 1.0 : sr.stoichiometry());
        }
      }
    }
    for (var r : model.reactions()) {
      if (byId.containsKey(r.id())) {
        throw new ModelFormatException("duplicate id '" + r.id() + "'");
      }
      add(r.id(), Symbol.Kind.REACTION, Symbol.Storage.ASSIGNED, false, -1, false);
      attrs.add(Double.NaN);
    }
    attributeValues = attrs.stream().mapToDouble(Double::doubleValue).toArray();
    for (var rule : model.assignmentRules()) {
      Symbol s = require(rule.variable(), "assignment rule");
      assigned.put(s.index(), new Eq(s.index(), rule.math(), "assignment rule for '" + rule.variable() + "'"));
    }
    for (var r : model.reactions()) {
      Symbol s = byId.get(r.id());
      Expr rate = r.rate() == null ? Expr.num(0) : r.rate();
      assigned.put(s.index(), new Eq(s.index(), rate, "kinetic law of reaction '" + r.id() + "'"));
    }
    for (var rule : model.rateRules()) {
      Symbol s = require(rule.variable(), "rate rule");
      rateRules.put(s.index(), new Eq(s.index(), rule.math(), "rate rule for '" + rule.variable() + "'"));
    }
    for (var ia : model.initialAssignments()) {
      Symbol s = require(ia.symbol(), "initial assignment");
      initialAssignments.put(s.index(), new Eq(s.index(), ia.math(), "initial assignment for '" + ia.symbol() + "'"));
    }
    for (var ev : model.events()) {
      for (var a : ev.assignments()) {
        Symbol target = require(a.variable(), "assignment in event '" + ev.id() + "'");
        if (target.storage() == Symbol.Storage.ASSIGNED) {
          throw new ModelFormatException("event '" + ev.id() + "' assigns '" + a.variable()
              + "', whose value is defined by " + (target.kind() == Symbol.Kind.REACTION ? "a kinetic law" : "a rule"));
        }
      }
    }
    buildSpeciesRates();
    expandRateOf();
    // Read by every integration leg: computed once.
    shortestConstantDelay = findShortestConstantDelay();
    rhsUsesTime = findRhsUsesTime();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** A constant species in a changing compartment keeps its amount, so it is held as a state. */
  private Symbol.Storage storage(String id, boolean constant, boolean species, boolean variableCompartment) {
    if (ruleTargets.contains(id)) {
      return Symbol.Storage.ASSIGNED;
    }
    if (rateTargets.contains(id) || eventTargets.contains(id)) {
      return Symbol.Storage.STATE;
    }
    if (species && (!constant || variableCompartment)) {
      return Symbol.Storage.STATE;
    }
    return Symbol.Storage.CONST;
  }

  private void add(String id, Symbol.Kind kind, Symbol.Storage storage, boolean amountState, int comp, boolean conc) {
    if (byId.containsKey(id)) {
      throw new ModelFormatException("duplicate id '" + id + "'");
    }
    int state = storage == Symbol.Storage.STATE ? stateCount++ : -1;
    Symbol s = new Symbol(id, symbols.size(), kind, storage, state, amountState, comp, conc);
    symbols.add(s);
    byId.put(id, s);
  }

  private Symbol require(String id, String what) {
    Symbol s = byId.get(id);
    if (s == null) {
      throw new ModelFormatException(what + " targets unknown symbol '" + id + "'");
    }
    return s;
  }

  /** dn/dt of each amount-state species as an expression over reaction symbols. */
  private void buildSpeciesRates() {
    Map<Integer, List<Expr>> terms = new HashMap<>();
    for (var r : model.reactions()) {
      Expr rate = new Expr.Sym(r.id());
      for (int side = 0; side < 2; side++) {
        for (var sr : side == 0 ? r.reactants() : r.products()) {
          Symbol sp = byId.get(sr.species());
          if (sp == null || sp.kind() != Symbol.Kind.SPECIES) {
            throw new ModelFormatException("reaction '" + r.id() + "' refers to unknown species '" + sr.species() + "'");
          }
          Species def = speciesById.get(sr.species());
          if (!sp.amountState() || def.boundaryCondition() || def.constant()) {
            continue;
          }
          Expr stoich = sr.id() != null ? new Expr.Sym(sr.id())
              : Expr.num(Double.isNaN(sr.stoichiometry()) ? 1.0 : sr.stoichiometry());
          Expr term = Expr.call(Op.TIMES, stoich, rate);
          terms.computeIfAbsent(sp.index(), k -> new ArrayList<>()).add(side == 0 ? Expr.call(Op.MINUS, term) : term);
        }
      }
    }
    for (var e : terms.entrySet()) {
      Symbol sp = symbols.get(e.getKey());
      Species def = speciesById.get(sp.id());
      Expr sum = new Expr.Call(Op.PLUS, e.getValue());
      String cf = def.conversionFactor() != null ? def.conversionFactor() : model.conversionFactor();
      if (cf != null) {
        require(cf, "conversion factor");
        sum = Expr.call(Op.TIMES, sum, new Expr.Sym(cf));
      }
      speciesAmountRates.put(sp.index(), sum);
    }
  }

  /** Replaces rateOf(x) by the expression of x's time derivative. */
  private void expandRateOf() {
    List<ModelDefinition.Event> expanded = new ArrayList<>();
    for (var ev : model.events()) {
      String el = "event '" + ev.id() + "'";
      List<ModelDefinition.EventAssignment> as = new ArrayList<>();
      for (var a : ev.assignments()) {
        as.add(new ModelDefinition.EventAssignment(a.variable(), expand(a.math(), el, 0)));
      }
      expanded.add(new ModelDefinition.Event(ev.id(), expand(ev.trigger(), el, 0), ev.initialValue(), ev.persistent(),
          ev.delay() == null ? null : expand(ev.delay(), el, 0), ev.priority() == null ? null : expand(ev.priority(), el, 0),
          ev.useValuesFromTriggerTime(), as));
    }
    events = List.copyOf(expanded);
    replaceAll(assigned);
    replaceAll(rateRules);
    replaceAll(initialAssignments);
    speciesAmountRates.replaceAll((k, e) -> expand(e, "rate of species '" + symbols.get(k).id() + "'", 0));
  }

  private void replaceAll(Map<Integer, Eq> eqs) {
    eqs.replaceAll((k, eq) -> Exprs.containsRateOf(eq.math())
        ? new Eq(eq.symbol(), expand(eq.math(), eq.element(), 0), eq.element()) : eq);
  }

  Expr expand(Expr e, String element, int depth) {
    if (depth > 50) {
      throw new UnsupportedFeatureException("rateOf with circular dependency", element);
    }
    return Exprs.map(e, x -> {
      if (x instanceof Expr.RateOf r) {
        return expand(derivative(r.id(), element), element, depth + 1);
      }
      if (x instanceof Expr.Delay d && Exprs.containsRateOf(d.expr())) {
        // Before the start the system is at rest: a delayed rateOf reads 0 there.
        Expr inner = Exprs.map(d.expr(), y -> y instanceof Expr.RateOf r
            ? Expr.call(Op.PIECEWISE, Expr.num(0), Expr.call(Op.LT, new Expr.Time(), new Expr.StartTime()),
                expand(derivative(r.id(), element), element, depth + 1))
            : null);
        return new Expr.Delay(expand(inner, element, depth + 1), expand(d.delay(), element, depth + 1));
      }
      return null;
    });
  }

  private Expr derivative(String id, String element) {
    Symbol s = byId.get(id);
    if (s == null) {
      throw new ModelFormatException("rateOf of unknown symbol '" + id + "' in " + element);
    }
    if (rateRules.containsKey(s.index())) {
      return rateRules.get(s.index()).math();
    }
    if (s.storage() == Symbol.Storage.ASSIGNED) {
      // d/dt f(t, s1, s2, ...) = df/dt + sum_i df/ds_i * rateOf(s_i): the chain rule, expanded further
      // by the caller (rule -> rule -> state).
      Expr f = assigned.get(s.index()).math();
      try {
        Expr total = Differentiator.dTime(f);
        for (String dep : Exprs.symbols(f)) {
          Expr partial = Differentiator.d(f, dep);
          total = Differentiator.add(total, Differentiator.mul(partial, new Expr.RateOf(dep)));
        }
        return total;
      } catch (Differentiator.NotDifferentiable e) {
        throw new UnsupportedFeatureException("rateOf of '" + id + "', whose "
            + (s.kind() == Symbol.Kind.REACTION ? "kinetic law" : "assignment rule") + " contains " + e.getMessage(), element);
      }
    }
    if (!s.amountState()) {
      return Expr.num(0);
    }
    Expr dn = speciesAmountRates.getOrDefault(s.index(), Expr.num(0));
    if (!s.concentrationValued()) {
      return dn;
    }
    Symbol comp = symbols.get(s.compartment());
    Expr dv = comp.storage() == Symbol.Storage.CONST ? Expr.num(0) : new Expr.RateOf(comp.id());
    Expr v = new Expr.Sym(comp.id());
    return Expr.call(Op.DIVIDE, Expr.call(Op.MINUS, dn, Expr.call(Op.TIMES, new Expr.Sym(id), dv)), v);
  }

  /**
   * The shortest delay given as a number anywhere in the model; NaN when some delay is an
   * expression (its length is then unknown in advance); infinity without delays.
   */
  public double shortestConstantDelay() {
    return shortestConstantDelay;
  }

  /** Whether the right-hand side reads time (otherwise the system is autonomous). */
  public boolean rhsUsesTime() {
    return rhsUsesTime;
  }

  private double findShortestConstantDelay() {
    List<Expr.Delay> all = new ArrayList<>();
    assigned.values().forEach(eq -> Exprs.delays(eq.math(), all));
    rateRules.values().forEach(eq -> Exprs.delays(eq.math(), all));
    speciesAmountRates.values().forEach(e -> Exprs.delays(e, all));
    for (var ev : events) {
      Exprs.delays(ev.trigger(), all);
      ev.assignments().forEach(a -> Exprs.delays(a.math(), all));
    }
    double min = Double.POSITIVE_INFINITY;
    for (Expr.Delay d : all) {
      if (!(d.delay() instanceof Expr.Num n)) {
        return Double.NaN;
      }
      if (n.value() > 0) {
        min = Math.min(min, n.value());
      }
    }
    return min;
  }

  private boolean findRhsUsesTime() {
    return assigned.values().stream().anyMatch(eq -> Exprs.usesTime(eq.math()))
        || rateRules.values().stream().anyMatch(eq -> Exprs.usesTime(eq.math()))
        || speciesAmountRates.values().stream().anyMatch(Exprs::usesTime);
  }

  public List<Symbol> symbols() {
    return List.copyOf(symbols);
  }

  /** The definition of a species by id (null for other ids). */
  Species species(String id) {
    return speciesById.get(id);
  }

  public Symbol symbol(String id) {
    return byId.get(id);
  }

  public int stateCount() {
    return stateCount;
  }

  public ModelDefinition model() {
    return model;
  }

  /** Events with rateOf expanded (same order as the model's). */
  public List<ModelDefinition.Event> events() {
    return events;
  }

  public double[] attributeValues() {
    return attributeValues.clone();
  }
}
