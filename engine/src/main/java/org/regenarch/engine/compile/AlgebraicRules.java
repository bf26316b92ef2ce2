package org.regenarch.engine.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.math.Expr;
import org.regenarch.engine.math.Exprs;
import org.regenarch.engine.math.Op;
import org.regenarch.engine.model.ModelDefinition;

/**
 * Turns algebraic rules into assignment rules where that is exact: each rule is matched to the
 * variable it determines (SBML: a variable not fixed by anything else), and the rule must be linear
 * in that variable, {@code 0 = a x + b}, so that {@code x = -b / a}. Other algebraic systems
 * (non-linear, or coupled through a cycle) are reported as unsupported.
 */
final class AlgebraicRules {
  private AlgebraicRules() {}

  static ModelDefinition toAssignmentRules(ModelDefinition m) {
    if (m.algebraicRules().isEmpty()) {
      return m;
    }
    Set<String> candidates = candidates(m);
    List<ModelDefinition.AlgebraicRule> rules = m.algebraicRules();
    // Bipartite matching of rules to the candidate variables they mention (augmenting paths).
    Map<String, Integer> owner = new HashMap<>();
    for (int r = 0; r < rules.size(); r++) {
      if (!augment(r, rules, candidates, owner, new HashSet<>())) {
        throw new UnsupportedFeatureException(
            "AlgebraicRule that determines no free variable (over-determined system)", rules.get(r).element());
      }
    }
    List<ModelDefinition.AssignmentRule> assignments = new ArrayList<>(m.assignmentRules());
    for (Map.Entry<String, Integer> e : owner.entrySet()) {
      ModelDefinition.AlgebraicRule rule = rules.get(e.getValue());
      Linear lin = linear(rule.math(), e.getKey());
      if (lin == null) {
        throw new UnsupportedFeatureException("AlgebraicRule not linear in the variable it determines ('"
            + e.getKey() + "')", rule.element());
      }
      Expr solved = Expr.call(Op.DIVIDE, Expr.call(Op.MINUS, lin.b()), lin.a());
      assignments.add(new ModelDefinition.AssignmentRule(e.getKey(), solved));
    }
    return new ModelDefinition(m.id(), m.compartments(), m.species(), m.parameters(), m.reactions(),
        assignments, m.rateRules(), m.initialAssignments(), m.events(), m.conversionFactor(), List.of());
  }

  private static boolean augment(int r, List<ModelDefinition.AlgebraicRule> rules, Set<String> candidates,
      Map<String, Integer> owner, Set<String> seen) {
    for (String x : Exprs.symbols(rules.get(r).math())) {
      if (!candidates.contains(x) || !seen.add(x)) {
        continue;
      }
      Integer other = owner.get(x);
      if (other == null || augment(other, rules, candidates, owner, seen)) {
        owner.put(x, r);
        return true;
      }
    }
    return false;
  }

  /** Variables an algebraic rule may determine: not constant and not fixed by rules or reactions. */
  private static Set<String> candidates(ModelDefinition m) {
    Set<String> fixed = new HashSet<>();
    m.assignmentRules().forEach(r -> fixed.add(r.variable()));
    m.rateRules().forEach(r -> fixed.add(r.variable()));
    // Event targets have values of their own between events: not determined by an algebraic rule.
    m.events().forEach(e -> e.assignments().forEach(a -> fixed.add(a.variable())));
    Map<String, ModelDefinition.Species> species = new HashMap<>();
    m.species().forEach(s -> species.put(s.id(), s));
    for (var r : m.reactions()) {
      for (var list : List.of(r.reactants(), r.products())) {
        for (var sr : list) {
          var sp = species.get(sr.species());
          if (sp != null && !sp.boundaryCondition()) {
            fixed.add(sp.id());
          }
        }
      }
    }
    Set<String> out = new LinkedHashSet<>();
    m.compartments().stream().filter(c -> !c.constant()).forEach(c -> out.add(c.id()));
    m.species().stream().filter(s -> !s.constant()).forEach(s -> out.add(s.id()));
    m.parameters().stream().filter(p -> !p.constant()).forEach(p -> out.add(p.id()));
    for (var r : m.reactions()) {
      for (var list : List.of(r.reactants(), r.products())) {
        list.stream().filter(sr -> sr.id() != null && !sr.constant()).forEach(sr -> out.add(sr.id()));
      }
    }
    out.removeAll(fixed);
    return out;
  }

  /** f = a x + b with a, b free of x. */
  record Linear(Expr a, Expr b) {}

  static Linear linear(Expr e, String x) {
    if (!Exprs.symbols(e).contains(x)) {
      return new Linear(Expr.num(0), e);
    }
    if (e instanceof Expr.Sym s) {
      return s.id().equals(x) ? new Linear(Expr.num(1), Expr.num(0)) : new Linear(Expr.num(0), e);
    }
    if (!(e instanceof Expr.Call c)) {
      return null;
    }
    switch (c.op()) {
      case PLUS: {
        List<Expr> as = new ArrayList<>();
        List<Expr> bs = new ArrayList<>();
        for (Expr arg : c.args()) {
          Linear l = linear(arg, x);
          if (l == null) {
            return null;
          }
          as.add(l.a());
          bs.add(l.b());
        }
        return new Linear(new Expr.Call(Op.PLUS, as), new Expr.Call(Op.PLUS, bs));
      }
      case MINUS: {
        Linear l0 = linear(c.arg(0), x);
        if (l0 == null) {
          return null;
        }
        if (c.args().size() == 1) {
          return new Linear(Expr.call(Op.MINUS, l0.a()), Expr.call(Op.MINUS, l0.b()));
        }
        Linear l1 = linear(c.arg(1), x);
        return l1 == null ? null
            : new Linear(Expr.call(Op.MINUS, l0.a(), l1.a()), Expr.call(Op.MINUS, l0.b(), l1.b()));
      }
      case TIMES: {
        int withX = -1;
        for (int i = 0; i < c.args().size(); i++) {
          if (Exprs.symbols(c.arg(i)).contains(x)) {
            if (withX >= 0) {
              return null; // x * x or similar: not linear
            }
            withX = i;
          }
        }
        Linear l = linear(c.arg(withX), x);
        if (l == null) {
          return null;
        }
        List<Expr> rest = new ArrayList<>(c.args());
        rest.remove(withX);
        Expr factor = new Expr.Call(Op.TIMES, rest);
        return new Linear(Expr.call(Op.TIMES, l.a(), factor), Expr.call(Op.TIMES, l.b(), factor));
      }
      case DIVIDE: {
        if (Exprs.symbols(c.arg(1)).contains(x)) {
          return null;
        }
        Linear l = linear(c.arg(0), x);
        return l == null ? null
            : new Linear(Expr.call(Op.DIVIDE, l.a(), c.arg(1)), Expr.call(Op.DIVIDE, l.b(), c.arg(1)));
      }
      default:
        return null;
    }
  }
}
