package org.regenarch.engine.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.math.Expr;
import org.regenarch.engine.math.Exprs;
import org.regenarch.engine.model.ModelDefinition;
import org.regenarch.engine.model.ModelDefinition.Species;

/**
 * Emits the Java source of a {@link GeneratedModel} for a {@link ModelStructure}. Statements are
 * split into several methods so that no method exceeds the JVM's 64 KB code limit.
 */
final class JavaSourceGenerator {
  static final String PACKAGE = "org.regenarch.generated";
  static final String CLASS = "CompiledSbmlModel";
  /** Source characters per generated method; keeps bytecode well under the JVM's 64 KB limit. */
  private static final int MAX_METHOD_SOURCE_CHARS = 12_000;

  private final ModelStructure ms;
  private final StringBuilder out = new StringBuilder();
  private final List<Expr.Delay> delays = new ArrayList<>();
  /** Runtime symbol statements by symbol index, and their order (for delayed-value closures). */
  private Map<Integer, Stmt> runtimeStmts = Map.of();
  /** Computed symbols the right-hand side reads (directly or through other rules). */
  private Set<Integer> rhsNeeded = Set.of();
  private List<Integer> runtimeOrder = List.of();
  private int helperCount;

  JavaSourceGenerator(ModelStructure ms) {
    this.ms = ms;
  }

  /** A statement that defines one symbol, with the symbols it reads. */
  private record Stmt(int symbol, String code, Set<String> deps) {}

  String generate() {
    out.append("package ").append(PACKAGE).append(";\n")
        .append("import org.regenarch.engine.compile.Rt;\n")
        .append("public final class ").append(CLASS)
        .append(" implements org.regenarch.engine.compile.GeneratedModel {\n")
        .append("private final org.regenarch.engine.compile.DelayHistory h;\n")
        .append("public ").append(CLASS).append("(org.regenarch.engine.compile.DelayHistory h) { this.h = h; }\n");
    emitInit();
    emitSymbols();
    emitRhs();
    emitEvents();
    emitDelays();
    emitJacobian();
    out.append("}\n");
    return out.toString();
  }

  // ---- resolvers ------------------------------------------------------------------------------

  private String runtimeRef(String id) {
    Symbol s = ms.symbol(id);
    if (s == null) {
      return null;
    }
    return switch (s.storage()) {
      case CONST -> "p[" + s.index() + "]";
      case STATE -> s.amountState() ? "v[" + s.index() + "]" : "y[" + s.stateIndex() + "]";
      case ASSIGNED -> "v[" + s.index() + "]";
    };
  }

  private String initRef(String id) {
    Symbol s = ms.symbol(id);
    return s == null ? null : "v[" + s.index() + "]";
  }

  private JavaExpressions runtime(String element) {
    return new JavaExpressions(this::runtimeRef, element, this::delayIndex);
  }

  /** Delays are numbered by identity of their node; equal sub-trees share a number. */
  private int delayIndex(Expr.Delay d) {
    int i = delays.indexOf(d);
    if (i < 0) {
      delays.add(d);
      i = delays.size() - 1;
    }
    return i;
  }

  /**
   * The analytic Jacobian by forward-mode symbolic differentiation: for every computed symbol, its
   * derivative with respect to each state it depends on (a slot in workspace {@code w}); then each
   * right-hand side row by the chain rule. Models with delay() or non-differentiable parts get none
   * (the solver then uses finite differences).
   */
  private void emitJacobian() {
    String sig = "double t, double[] y, double[] p, double[] v, double[] w, double[][] J";
    List<String> stmts = new ArrayList<>();
    int slots;
    try {
      if (!delays.isEmpty()) {
        throw new Differentiator.NotDifferentiable("delay");
      }
      // derivative of symbol -> (state index -> Java expression of d symbol / d y_k)
      Map<Integer, Map<Integer, String>> grad = new HashMap<>();
      for (Symbol s : ms.symbols) {
        if (s.storage() == Symbol.Storage.STATE && !s.amountState()) {
          grad.put(s.index(), Map.of(s.stateIndex(), "1.0"));
        }
      }
      int[] next = {0};
      for (int i : runtimeOrder) {
        if (!rhsNeeded.contains(i)) {
          continue; // not read by the right-hand side
        }
        Symbol s = ms.symbols.get(i);
        Map<Integer, List<String>> terms = new java.util.TreeMap<>();
        if (s.amountState()) {
          String inv = s.concentrationValued() ? "(1.0 / " + runtimeRef(ms.symbols.get(s.compartment()).id()) + ")" : "1.0";
          terms.computeIfAbsent(s.stateIndex(), k -> new ArrayList<>()).add(inv);
          if (s.concentrationValued()) {
            Symbol comp = ms.symbols.get(s.compartment());
            String factor = "(-" + runtimeRef(s.id()) + " / " + runtimeRef(comp.id()) + ")";
            grad.getOrDefault(comp.index(), Map.of()).forEach((k, g) ->
                terms.computeIfAbsent(k, x -> new ArrayList<>()).add(factor + " * " + g));
          }
        } else {
          ModelStructure.Eq eq = ms.assigned.get(i);
          chainTerms(eq.math(), eq.element(), grad, terms);
        }
        Map<Integer, String> g = new HashMap<>();
        for (var e : terms.entrySet()) {
          int slot = next[0]++;
          stmts.add("w[" + slot + "] = " + String.join(" + ", e.getValue()) + ";");
          g.put(e.getKey(), "w[" + slot + "]");
        }
        if (!g.isEmpty()) {
          grad.put(i, g);
        }
      }
      slots = next[0];
      for (Symbol s : ms.symbols) {
        if (s.storage() != Symbol.Storage.STATE) {
          continue;
        }
        ModelStructure.Eq rr = ms.rateRules.get(s.index());
        Expr rate = rr != null ? rr.math() : ms.speciesAmountRates.get(s.index());
        if (rate == null) {
          continue;
        }
        Map<Integer, List<String>> terms = new java.util.TreeMap<>();
        chainTerms(rate, "rate of '" + s.id() + "'", grad, terms);
        for (var e : terms.entrySet()) {
          stmts.add("J[" + s.stateIndex() + "][" + e.getKey() + "] = " + String.join(" + ", e.getValue()) + ";");
        }
      }
    } catch (Differentiator.NotDifferentiable e) {
      out.append("public int jacobianWorkspaceSize() { return 0; }\n")
          .append("public boolean jacobian(").append(sig).append(") { return false; }\n");
      return;
    }
    out.append("public int jacobianWorkspaceSize() { return ").append(Math.max(slots, 1)).append("; }\n");
    List<String> all = new ArrayList<>();
    all.add("rhsSymbols(t, y, p, v);");
    all.addAll(stmts);
    emitChunked("private void jacobianParts(" + sig + ")", "(t, y, p, v, w, J)", sig, all);
    out.append("public boolean jacobian(").append(sig).append(") { jacobianParts(t, y, p, v, w, J); return true; }\n");
  }

  /** Adds, per state k, the terms (d expr / d s) * (d s / d y_k) over the symbols s of expr. */
  private void chainTerms(Expr expr, String element, Map<Integer, Map<Integer, String>> grad,
      Map<Integer, List<String>> terms) {
    for (String id : Exprs.symbols(expr)) {
      Symbol s = ms.symbol(id);
      if (s == null || !grad.containsKey(s.index())) {
        continue;
      }
      Expr partial = Differentiator.d(expr, id);
      if (Differentiator.isZero(partial)) {
        continue;
      }
      String pd = "(" + runtime(element).num(partial) + ")";
      grad.get(s.index()).forEach((k, g) ->
          terms.computeIfAbsent(k, x -> new ArrayList<>()).add(g.equals("1.0") ? pd : pd + " * " + g));
    }
  }

  /** Whether the generated code reads the delay history. */
  boolean hasDelays() {
    return !delays.isEmpty();
  }

  /**
   * One method per delayed expression: it computes only the symbols that expression needs (so a
   * delay inside another symbol's rule is not evaluated too), then the expression.
   */
  private void emitDelays() {
    String sig = "double t, double[] y, double[] p, double[] v";
    StringBuilder sb = new StringBuilder("public double delayedValue(int k, " + sig + ") {\nswitch (k) {\n");
    // Emitting a delayed expression can discover delays nested inside it: the loop sees them too.
    for (int k = 0; k < delays.size(); k++) {
      Expr expr = delays.get(k).expr();
      String value = runtime("delay()").num(expr);
      List<String> body = statementsFor(closure(Exprs.symbols(expr)));
      String name = "delayed" + k;
      emitChunked("private void " + name + "(" + sig + ")", "(t, y, p, v)", sig, body);
      sb.append("case ").append(k).append(": ").append(name).append("(t, y, p, v); return ").append(value).append(";\n");
    }
    out.append(sb).append("default: return Double.NaN;\n}\n}\n");
  }

  private Set<Integer> closure(Set<String> ids) {
    Set<Integer> out = new java.util.HashSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      Symbol s = ms.symbol(todo.pop());
      if (s != null && runtimeStmts.containsKey(s.index()) && out.add(s.index())) {
        todo.addAll(runtimeStmts.get(s.index()).deps());
      }
    }
    return out;
  }

  // ---- init -----------------------------------------------------------------------------------

  private void emitInit() {
    Map<Integer, Stmt> stmts = new HashMap<>();
    for (Symbol s : ms.symbols) {
      String lhs = "v[" + s.index() + "] = ";
      ModelStructure.Eq ia = ms.initialAssignments.get(s.index());
      ModelStructure.Eq rule = ms.assigned.get(s.index());
      String code;
      Set<String> deps = new LinkedHashSet<>();
      if (ia != null) {
        code = lhs + "ov[" + s.index() + "] ? a[" + s.index() + "] : " + initExpr(ia) + ";";
        deps.addAll(Exprs.symbols(ia.math()));
      } else if (rule != null) {
        code = lhs + initExpr(rule) + ";";
        deps.addAll(Exprs.symbols(rule.math()));
      } else if (s.kind() == Symbol.Kind.SPECIES) {
        Species def = ms.species(s.id());
        String comp = "v[" + s.compartment() + "]";
        String dflt;
        if (!Double.isNaN(def.initialConcentration())) {
          dflt = s.concentrationValued() ? JavaExpressions.literal(def.initialConcentration())
              : JavaExpressions.literal(def.initialConcentration()) + " * " + comp;
        } else if (!Double.isNaN(def.initialAmount())) {
          dflt = s.concentrationValued() ? JavaExpressions.literal(def.initialAmount()) + " / " + comp
              : JavaExpressions.literal(def.initialAmount());
        } else {
          dflt = "Double.NaN";
        }
        if (dflt.contains(comp)) {
          deps.add(ms.symbols.get(s.compartment()).id());
        }
        code = lhs + "ov[" + s.index() + "] ? a[" + s.index() + "] : " + dflt + ";";
      } else {
        code = lhs + "a[" + s.index() + "];";
      }
      stmts.put(s.index(), new Stmt(s.index(), code, deps));
    }
    List<String> ordered = order(stmts, "initial values");
    emitChunked("public void init(double t, double[] a, boolean[] ov, double[] v)",
        "(t, a, ov, v)", "double t, double[] a, boolean[] ov, double[] v", ordered);
  }

  private String initExpr(ModelStructure.Eq eq) {
    Expr undelayed = Exprs.map(eq.math(), x -> x instanceof Expr.Delay d ? undelay(d.expr()) : null);
    return new JavaExpressions(this::initRef, eq.element()).num(undelayed);
  }

  /** At the start time the past is the initial state: delay(x, d) = x. */
  private static Expr undelay(Expr e) {
    return Exprs.map(e, x -> x instanceof Expr.Delay d ? undelay(d.expr()) : null);
  }

  // ---- runtime symbols --------------------------------------------------------------------------

  private void emitSymbols() {
    Map<Integer, Stmt> stmts = new HashMap<>();
    for (Symbol s : ms.symbols) {
      String lhs = "v[" + s.index() + "] = ";
      if (s.amountState()) {
        String y = "y[" + s.stateIndex() + "]";
        if (s.concentrationValued()) {
          Symbol comp = ms.symbols.get(s.compartment());
          stmts.put(s.index(), new Stmt(s.index(), lhs + y + " / " + runtimeRef(comp.id()) + ";", Set.of(comp.id())));
        } else {
          stmts.put(s.index(), new Stmt(s.index(), lhs + y + ";", Set.of()));
        }
      } else if (s.storage() == Symbol.Storage.ASSIGNED) {
        ModelStructure.Eq eq = ms.assigned.get(s.index());
        if (eq == null) {
          throw new ModelFormatException("symbol '" + s.id() + "' has no definition");
        }
        stmts.put(s.index(), new Stmt(s.index(), lhs + runtime(eq.element()).num(eq.math()) + ";",
            Exprs.symbols(eq.math())));
      }
    }
    runtimeStmts = stmts;
    runtimeOrder = orderIndices(stmts, "assignment rules");
    List<String> ordered = order(stmts, "assignment rules");
    emitChunked("public void symbols(double t, double[] y, double[] p, double[] v)",
        "(t, y, p, v)", "double t, double[] y, double[] p, double[] v", ordered);
  }

  private void emitRhs() {
    List<String> stmts = new ArrayList<>();
    for (Symbol s : ms.symbols) {
      if (s.storage() != Symbol.Storage.STATE) {
        continue;
      }
      String lhs = "dydt[" + s.stateIndex() + "] = ";
      ModelStructure.Eq rr = ms.rateRules.get(s.index());
      if (rr != null) {
        stmts.add(lhs + runtime(rr.element()).num(rr.math()) + ";");
      } else if (ms.speciesAmountRates.containsKey(s.index())) {
        stmts.add(lhs + runtime("reactions changing '" + s.id() + "'").num(ms.speciesAmountRates.get(s.index())) + ";");
      } else {
        stmts.add(lhs + "0.0;");
      }
    }
    // The right-hand side computes only the symbols the derivatives read (not, e.g., rules that
    // exist only for output): this method runs at every stage of every step.
    Set<String> read = new LinkedHashSet<>();
    ms.rateRules.values().forEach(eq -> read.addAll(Exprs.symbols(eq.math())));
    ms.speciesAmountRates.values().forEach(e -> read.addAll(Exprs.symbols(e)));
    rhsNeeded = closure(read);
    String symSig = "double t, double[] y, double[] p, double[] v";
    emitChunked("private void rhsSymbols(" + symSig + ")", "(t, y, p, v)", symSig, statementsFor(rhsNeeded));
    String sig = "double t, double[] y, double[] p, double[] v, double[] dydt";
    List<String> all = new ArrayList<>();
    all.add("rhsSymbols(t, y, p, v);");
    all.addAll(stmts);
    emitChunked("public void rhs(" + sig + ")", "(t, y, p, v, dydt)", sig, all);
  }

  /** The runtime statements of the given symbols, in dependency order. */
  private List<String> statementsFor(Set<Integer> needed) {
    List<String> body = new ArrayList<>();
    for (int i : runtimeOrder) {
      if (needed.contains(i)) {
        body.add(runtimeStmts.get(i).code());
      }
    }
    return body;
  }

  // ---- events ---------------------------------------------------------------------------------

  private void emitEvents() {
    List<ModelDefinition.Event> events = ms.events();
    String sig = "double t, double[] y, double[] p, double[] v";
    List<String> trig = new ArrayList<>();
    for (int e = 0; e < events.size(); e++) {
      var ev = events.get(e);
      trig.add("out[" + e + "] = " + runtime("trigger of event '" + ev.id() + "'").bool(ev.trigger()) + ";");
    }
    emitChunked("public void triggers(" + sig + ", boolean[] out)", "(t, y, p, v, out)", sig + ", boolean[] out", trig);
    StringBuilder values = new StringBuilder("public void eventValues(int e, " + sig + ", double[] out) {\nswitch (e) {\n");
    StringBuilder delays = new StringBuilder("public double delay(int e, " + sig + ") {\nswitch (e) {\n");
    StringBuilder prios = new StringBuilder("public double priority(int e, " + sig + ") {\nswitch (e) {\n");
    for (int e = 0; e < events.size(); e++) {
      var ev = events.get(e);
      List<String> assign = new ArrayList<>();
      for (int j = 0; j < ev.assignments().size(); j++) {
        var ea = ev.assignments().get(j);
        assign.add("out[" + j + "] = "
            + runtime("assignment to '" + ea.variable() + "' in event '" + ev.id() + "'").num(ea.math()) + ";");
      }
      String helper = "ev" + e;
      emitChunked("private void " + helper + "(" + sig + ", double[] out)", "(t, y, p, v, out)", sig + ", double[] out", assign);
      values.append("case ").append(e).append(": ").append(helper).append("(t, y, p, v, out); return;\n");
      if (ev.delay() != null) {
        delays.append("case ").append(e).append(": return ")
            .append(runtime("delay of event '" + ev.id() + "'").num(ev.delay())).append(";\n");
      }
      if (ev.priority() != null) {
        prios.append("case ").append(e).append(": return ")
            .append(runtime("priority of event '" + ev.id() + "'").num(ev.priority())).append(";\n");
      }
    }
    out.append(values).append("default: return;\n}\n}\n");
    out.append(delays).append("default: return 0.0;\n}\n}\n");
    out.append(prios).append("default: return Double.NaN;\n}\n}\n");
  }

  // ---- utilities ------------------------------------------------------------------------------

  private List<String> order(Map<Integer, Stmt> stmts, String what) {
    List<String> code = new ArrayList<>();
    for (int i : orderIndices(stmts, what)) {
      code.add(stmts.get(i).code());
    }
    return code;
  }

  /** Topological order of statements by the symbols they read; cycles are model errors. */
  private List<Integer> orderIndices(Map<Integer, Stmt> stmts, String what) {
    List<Integer> ordered = new ArrayList<>();
    Map<Integer, Integer> mark = new HashMap<>(); // 1 = visiting, 2 = done
    for (Symbol s : ms.symbols) {
      if (stmts.containsKey(s.index())) {
        visit(s.index(), stmts, mark, ordered, new ArrayList<>(), what);
      }
    }
    return ordered;
  }

  private void visit(int i, Map<Integer, Stmt> stmts, Map<Integer, Integer> mark, List<Integer> ordered,
      List<String> path, String what) {
    Integer m = mark.get(i);
    if (m != null && m == 2) {
      return;
    }
    String id = ms.symbols.get(i).id();
    if (m != null) {
      path.add(id);
      throw new ModelFormatException("circular dependency in " + what + ": " + String.join(" -> ", path));
    }
    mark.put(i, 1);
    path.add(id);
    for (String dep : stmts.get(i).deps()) {
      Symbol d = ms.symbol(dep);
      if (d != null && stmts.containsKey(d.index())) {
        visit(d.index(), stmts, mark, ordered, path, what);
      }
    }
    path.remove(path.size() - 1);
    mark.put(i, 2);
    ordered.add(i);
  }

  private void emitChunked(String header, String callArgs, String params, List<String> stmts) {
    List<List<String>> chunks = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    int size = 0;
    for (String s : stmts) {
      if (size + s.length() > MAX_METHOD_SOURCE_CHARS && !cur.isEmpty()) {
        chunks.add(cur);
        cur = new ArrayList<>();
        size = 0;
      }
      cur.add(s);
      size += s.length();
    }
    chunks.add(cur);
    out.append(header).append(" {\n");
    if (chunks.size() == 1) {
      chunks.get(0).forEach(s -> out.append(s).append('\n'));
      out.append("}\n");
      return;
    }
    List<String> helpers = new ArrayList<>();
    for (List<String> chunk : chunks) {
      String name = "part" + (helperCount++);
      helpers.add(name);
      out.append(name).append(callArgs).append(";\n");
    }
    out.append("}\n");
    for (int c = 0; c < chunks.size(); c++) {
      out.append("private void ").append(helpers.get(c)).append("(").append(params).append(") {\n");
      chunks.get(c).forEach(s -> out.append(s).append('\n'));
      out.append("}\n");
    }
  }
}
