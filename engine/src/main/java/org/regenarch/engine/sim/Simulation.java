package org.regenarch.engine.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.regenarch.engine.compile.DelayHistory;
import org.regenarch.engine.compile.GeneratedModel;
import org.regenarch.engine.compile.ModelCompiler;
import org.regenarch.engine.compile.ModelStructure;
import org.regenarch.engine.compile.Symbol;
import org.regenarch.engine.math.Expr;
import org.regenarch.engine.math.Op;
import org.regenarch.engine.model.ModelDefinition;
import org.regenarch.engine.solve.InPlaceDerivatives;
import org.regenarch.engine.solve.JacobianProvider;

/**
 * One time-course run: owns the mutable state (ODE state, constants, event queue) of a single
 * simulation, so that a compiled model can be simulated by many threads at once.
 *
 * <p>Events follow SBML Level 3 semantics: a trigger fires on a false-to-true transition (at t0
 * when its initialValue is false); delays schedule execution; simultaneous events execute one at a
 * time by priority, and triggers are re-evaluated after each; non-persistent events are cancelled
 * when their trigger turns false before execution.
 */
final class Simulation {
  /** Limit on right-hand-side evaluations per integration leg: a stalled solver fails instead of hanging. */
  private static final int MAX_EVALUATIONS = 20_000_000;
  /** Stops at the same time without any trigger change before giving up (a detection stall). */
  private static final int MAX_STALLED_STOPS = 50;
  /** Retries of a failed integration leg, each with 100x tighter absolute and 10x relative tolerance. */
  private static final int RETRIES_WITH_TIGHTER_TOLERANCES = 2;

  private final ModelStructure ms;
  private final GeneratedModel gen;
  /** Past states for delay(); null for models without delays. */
  private final DelayHistory history;
  private final SimulationRequest req;
  private final List<Symbol> symbols;
  private final List<ModelDefinition.Event> events;
  private final int n;
  private final double[] y;
  private final double[] p;
  private final double[] v;
  private final double[] vAux;
  private final boolean[] previous;
  private final boolean[] now;
  private final List<Pending> pending = new ArrayList<>();
  private final int[] columns;
  private final Mode[] modes;
  private final double[][] out;
  private final double timeScale;
  private long sequence;
  private final double delayStepCap;
  /** Constant times that triggers compare time with, ascending. */
  private double[] thresholds = new double[0];
  private double shortestThresholdGap = Double.POSITIVE_INFINITY;
  /** Step size the last integration leg ended with (0 before the first). */
  private double lastStepSize;
  private final java.util.SplittableRandom random;
  private int nextOutput;

  private enum Mode { VALUE, AMOUNT, CONCENTRATION }

  /** An event waiting to execute. */
  private record Pending(int event, double time, double[] values, long sequence) {}

  Simulation(ModelCompiler.Compiled compiled, SimulationRequest req) {
    this.ms = compiled.structure();
    this.history = compiled.hasDelays() ? new DelayHistory() : null;
    this.gen = compiled.instantiate(history);
    this.req = req;
    this.symbols = ms.symbols();
    this.events = ms.events();
    this.n = ms.stateCount();
    this.y = new double[Math.max(n, 1)];
    this.p = new double[symbols.size()];
    this.v = new double[symbols.size()];
    this.vAux = new double[symbols.size()];
    this.previous = new boolean[events.size()];
    this.now = new boolean[events.size()];
    this.columns = new int[req.variables().size()];
    this.modes = new Mode[columns.length];
    for (int c = 0; c < columns.length; c++) {
      String id = req.variables().get(c);
      Symbol s = ms.symbol(id);
      if (s == null) {
        throw new IllegalArgumentException("unknown variable '" + id + "': not a species, compartment, "
            + "parameter, species reference or reaction of the model");
      }
      columns[c] = s.index();
      modes[c] = s.kind() != Symbol.Kind.SPECIES ? Mode.VALUE
          : req.amountIds().contains(id) ? Mode.AMOUNT
          : req.concentrationIds().contains(id) ? Mode.CONCENTRATION : Mode.VALUE;
    }
    this.out = new double[req.steps() + 1][columns.length];
    this.timeScale = Math.max(1.0, Math.abs(req.start()) + Math.abs(req.duration()));
    this.random = new java.util.SplittableRandom(req.seed());
    // With delays no step may reach beyond the past it reads: steps are capped at the shortest
    // constant delay, or at the output interval when a delay is an expression.
    double shortest = ms.shortestConstantDelay();
    this.delayStepCap = history == null ? Double.POSITIVE_INFINITY
        : Double.isFinite(shortest) ? shortest : req.duration() / req.steps();
  }

  SimulationResult run() {
    double t = req.start();
    initialize(t);
    collectThresholds();
    if (history != null) {
      history.start(t, y, p, this::initialStateAt);
    }
    Arrays.fill(previous, false);
    for (int e = 0; e < events.size(); e++) {
      previous[e] = events.get(e).initialValue();
    }
    handleTransitions(t, y);
    executeDue(t);
    record(0, t, y);
    nextOutput = 1;
    double tEnd = req.outputTime(req.steps());
    int stalled = 0;
    while (nextOutput <= req.steps()) {
      checkInterrupted();
      double tStop = Math.min(Math.min(tEnd, nextScheduledTime()), nextThreshold(t));
      Leg leg = integrate(t, tStop);
      boolean progressed = leg.time > t;
      t = leg.time;
      System.arraycopy(leg.state, 0, y, 0, y.length);
      if (leg.stoppedByEvent) {
        int before = pending.size();
        boolean changed = handleTransitions(t, y);
        executeDue(t);
        if (!changed && before == pending.size() && !progressed && ++stalled > MAX_STALLED_STOPS) {
          throw new IllegalStateException("event detection stalled at t=" + t);
        }
        if (changed || progressed) {
          stalled = 0;
        }
      } else {
        // A leg may end exactly where a trigger changes (a time threshold, an event at the leg's end).
        handleTransitions(t, y);
        executeDue(t);
        if (t >= tEnd) {
          break;
        }
      }
    }
    // Outputs not reached (a leg that ended exactly at tEnd before recording) are filled here.
    while (nextOutput <= req.steps()) {
      record(nextOutput++, t, y);
    }
    double[] times = new double[req.steps() + 1];
    for (int i = 0; i <= req.steps(); i++) {
      times[i] = req.outputTime(i);
    }
    return new SimulationResult(req.variables(), times, out);
  }

  /** A cancelled run (e.g. a time limit in a batch) stops at the next step instead of running on. */
  private static void checkInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException("simulation interrupted");
    }
  }

  // ---- initial state ----------------------------------------------------------------------------

  private double[] attributes;
  private boolean[] overridden;

  /**
   * The state and constants the initial values and assignments give at time {@code t} (the past
   * before the start), as {@code {y, p}}.
   */
  private double[][] initialStateAt(double t) {
    double[] vt = new double[symbols.size()];
    gen.init(t, attributes, overridden, vt);
    double[] yt = new double[y.length];
    for (Symbol s : symbols) {
      if (s.storage() == Symbol.Storage.STATE) {
        double value = vt[s.index()];
        yt[s.stateIndex()] = s.amountState() && s.concentrationValued() ? value * vt[s.compartment()] : value;
      }
    }
    return new double[][] {yt, vt};
  }

  private void initialize(double t) {
    double[] a = ms.attributeValues();
    boolean[] ov = new boolean[symbols.size()];
    for (Map.Entry<String, Double> o : req.parameterOverrides().entrySet()) {
      Symbol s = ms.symbol(o.getKey());
      if (s == null) {
        throw new IllegalArgumentException("cannot set '" + o.getKey() + "': no such symbol in the model");
      }
      if (s.storage() == Symbol.Storage.ASSIGNED) {
        throw new IllegalArgumentException("cannot set '" + o.getKey() + "': its value is defined by "
            + (s.kind() == Symbol.Kind.REACTION ? "a kinetic law" : "an assignment rule"));
      }
      a[s.index()] = o.getValue();
      ov[s.index()] = true;
    }
    attributes = a;
    overridden = ov;
    gen.init(t, a, ov, v);
    System.arraycopy(v, 0, p, 0, v.length);
    for (Symbol s : symbols) {
      if (s.storage() == Symbol.Storage.STATE) {
        double value = v[s.index()];
        y[s.stateIndex()] = s.amountState() && s.concentrationValued() ? value * v[s.compartment()] : value;
      }
    }
  }

  // ---- integration ------------------------------------------------------------------------------

  private record Leg(double time, double[] state, boolean stoppedByEvent) {}

  private Leg integrate(double t0, double tStop) {
    if (tStop - t0 <= 1e-12 * timeScale) {
      // Hipparchus refuses intervals this short; nothing can change in them.
      return new Leg(Math.max(t0, tStop), y.clone(), false);
    }
    // A leg that fails (step size underflow, NaN from a trial state outside the model's domain) is
    // retried from its start with tighter tolerances: loose tolerances let trial states stray, e.g.
    // below zero into a pole. If that fails too, the error names the tolerances tried.
    double absTol = req.absTol();
    double relTol = req.relTol();
    int outputsAtStart = nextOutput;
    int historyAtStart = history == null ? 0 : history.size();
    for (int attempt = 0; ; attempt++) {
      try {
        return integrateOnce(t0, tStop, absTol, relTol);
      } catch (MathIllegalStateException | MathIllegalArgumentException e) {
        if (attempt == RETRIES_WITH_TIGHTER_TOLERANCES) {
          throw new IllegalStateException(e.getMessage() + " (at t=" + t0 + "..." + tStop + ", tried down to absolute "
              + absTol + ", relative " + relTol + " tolerance)", e);
        }
        nextOutput = outputsAtStart;
        if (history != null) {
          history.truncate(historyAtStart);
        }
        absTol /= 100;
        relTol = Math.max(relTol / 10, 1e-13);
      }
    }
  }

  private Leg integrateOnce(double t0, double tStop, double absTol, double relTol) {
    double maxStep = Math.min(tStop - t0, delayStepCap);
    ODEIntegrator integrator = Integrators.create(req.solver(), absTol, relTol, maxStep, !ms.rhsUsesTime());
    integrator.setMaxEvaluations(MAX_EVALUATIONS);
    OrdinaryDifferentialEquation ode = gen.jacobianWorkspaceSize() > 0 && !req.finiteDifferenceJacobian()
        ? new CompiledOdeWithJacobian(gen, p, y.length, symbols.size())
        : new CompiledOde(gen, p, y.length, symbols.size());
    integrator.addStepHandler(new OutputHandler());
    boolean[] stopped = {false};
    if (!events.isEmpty()) {
      integrator.addEventDetector(new TriggerDetector(stopped));
    }
    if (lastStepSize > 0 && integrator instanceof AdaptiveStepsizeIntegrator adaptive) {
      // Start where the previous leg left off instead of growing from a tiny step after every event;
      // error control still rejects it if the event changed the dynamics.
      adaptive.setInitialStepSize(Math.min(lastStepSize, maxStep));
    }
    ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(t0, y.clone()), tStop);
    double h = Math.abs(integrator.getCurrentSignedStepsize());
    if (h > 0 && Double.isFinite(h)) {
      lastStepSize = h;
    }
    return new Leg(end.getTime(), end.getPrimaryState(), stopped[0] && end.getTime() < tStop);
  }

  /** The compiled right-hand side as a Hipparchus ODE; writes in place for the Rosenbrock solver. */
  private static class CompiledOde implements OrdinaryDifferentialEquation, InPlaceDerivatives {
    final GeneratedModel gen;
    final double[] p;
    final double[] v;
    private final int dimension;

    CompiledOde(GeneratedModel gen, double[] p, int dimension, int symbolCount) {
      this.gen = gen;
      this.p = p;
      this.dimension = dimension;
      this.v = new double[symbolCount];
    }

    @Override
    public int getDimension() {
      return dimension;
    }

    @Override
    public double[] computeDerivatives(double t, double[] state) {
      double[] dydt = new double[state.length];
      gen.rhs(t, state, p, v, dydt);
      return dydt;
    }

    @Override
    public void computeDerivatives(double t, double[] state, double[] yDot) {
      gen.rhs(t, state, p, v, yDot);
    }
  }

  /** With the generated analytic Jacobian (saves n right-hand-side evaluations per step). */
  private static final class CompiledOdeWithJacobian extends CompiledOde implements JacobianProvider {
    private final double[] w;
    private final double[] vJ;

    CompiledOdeWithJacobian(GeneratedModel gen, double[] p, int dimension, int symbolCount) {
      super(gen, p, dimension, symbolCount);
      this.w = new double[gen.jacobianWorkspaceSize()];
      this.vJ = new double[symbolCount];
    }

    @Override
    public void computeJacobian(double t, double[] state, double[] yDot, double[][] dfdy) {
      for (double[] row : dfdy) {
        Arrays.fill(row, 0.0);
      }
      gen.jacobian(t, state, p, vJ, w, dfdy);
    }
  }

  /** Records outputs at the requested times inside each accepted step (dense output). */
  private final class OutputHandler implements ODEStepHandler {
    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
      checkInterrupted();
      if (history != null) {
        history.add(interpolator);
      }
      double tCur = interpolator.getCurrentState().getTime();
      while (nextOutput <= req.steps() && req.outputTime(nextOutput) <= tCur) {
        double to = req.outputTime(nextOutput);
        ODEStateAndDerivative s = to == tCur ? interpolator.getCurrentState() : interpolator.getInterpolatedState(to);
        record(nextOutput++, to, s.getPrimaryState());
      }
    }
  }

  /**
   * Detects any change of any trigger: g is +1 while every trigger has its recorded value and -1
   * once one differs, so the root finder brackets the exact moment of the first change. (Continuous
   * surrogates of relational triggers were tried: faster root finding, but degenerate brackets
   * when a trigger changes exactly at a leg's start made the Brent solver loop.)
   */
  private final class TriggerDetector implements ODEEventDetector {
    private final boolean[] stopped;
    private final double[] vg = new double[symbols.size()];
    private final boolean[] trig = new boolean[events.size()];
    private final BracketedUnivariateSolver<UnivariateFunction> solver =
        new BracketingNthOrderBrentSolver(0, 1e-13 * timeScale, 1e-300, 5);

    TriggerDetector(boolean[] stopped) {
      this.stopped = stopped;
    }

    @Override
    public AdaptableInterval getMaxCheckInterval() {
      // Triggers are sampled at least this often: a quarter of the output interval, and half of the
      // shortest window between time thresholds (so that e.g. time > 1 && time < 1.5 is seen
      // whatever the output grid).
      double interval = Math.min(req.duration() / req.steps() / 4, shortestThresholdGap / 2);
      return AdaptableInterval.of(Math.max(interval, 1e-9 * timeScale));
    }

    @Override
    public int getMaxIterationCount() {
      return 200;
    }

    @Override
    public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
      return solver;
    }

    @Override
    public ODEEventHandler getHandler() {
      return (state, detector, increasing) -> {
        stopped[0] = true;
        return Action.STOP;
      };
    }

    @Override
    public double g(ODEStateAndDerivative state) {
      double t = state.getTime();
      double[] s = state.getPrimaryState();
      gen.symbols(t, s, p, vg);
      gen.triggers(t, s, p, vg, trig);
      return Arrays.equals(trig, previous) ? 1.0 : -1.0;
    }
  }

  // ---- time thresholds ----

  /**
   * Times at which a trigger compares time with a constant (time > c, c <= time, ...): integration legs
   * end there and trigger sampling is at least twice as fine as the gaps between them.
   */
  private void collectThresholds() {
    java.util.TreeSet<Double> times = new java.util.TreeSet<>();
    for (ModelDefinition.Event ev : events) {
      collectThresholds(ev.trigger(), times);
    }
    thresholds = times.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray();
    double gap = Double.POSITIVE_INFINITY;
    for (int i = 1; i < thresholds.length; i++) {
      gap = Math.min(gap, thresholds[i] - thresholds[i - 1]);
    }
    shortestThresholdGap = gap;
  }

  private void collectThresholds(Expr e, java.util.Set<Double> out) {
    if (!(e instanceof Expr.Call c)) {
      return;
    }
    if (c.op().isBoolean() && c.args().size() == 2 && c.op() != Op.AND && c.op() != Op.OR
        && c.op() != Op.XOR && c.op() != Op.IMPLIES) {
      Expr a = c.arg(0);
      Expr b = c.arg(1);
      double value = a instanceof Expr.Time ? constantValue(b) : b instanceof Expr.Time ? constantValue(a) : Double.NaN;
      if (!Double.isNaN(value)) {
        out.add(value);
      }
    }
    c.args().forEach(arg -> collectThresholds(arg, out));
  }

  /** The value of a number or of a symbol constant during the run; NaN otherwise. */
  private double constantValue(Expr e) {
    if (e instanceof Expr.Num n) {
      return n.value();
    }
    if (e instanceof Expr.Sym s) {
      Symbol sym = ms.symbol(s.id());
      return sym != null && sym.storage() == Symbol.Storage.CONST ? p[sym.index()] : Double.NaN;
    }
    return Double.NaN;
  }

  private double nextThreshold(double t) {
    double eps = 1e-12 * timeScale;
    for (double c : thresholds) {
      if (c > t + eps) {
        return c;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  // ---- events -----------------------------------------------------------------------------------

  private double nextScheduledTime() {
    double min = Double.POSITIVE_INFINITY;
    for (Pending pe : pending) {
      min = Math.min(min, pe.time());
    }
    return min;
  }

  /** Re-evaluates triggers; schedules newly fired events and cancels non-persistent ones. */
  private boolean handleTransitions(double t, double[] state) {
    if (events.isEmpty()) {
      return false;
    }
    gen.symbols(t, state, p, v);
    gen.triggers(t, state, p, v, now);
    boolean changed = false;
    for (int e = 0; e < events.size(); e++) {
      if (now[e] == previous[e]) {
        continue;
      }
      changed = true;
      previous[e] = now[e];
      ModelDefinition.Event ev = events.get(e);
      if (now[e]) {
        double delay = gen.delay(e, t, state, p, v);
        double[] values = null;
        if (ev.useValuesFromTriggerTime()) {
          values = new double[ev.assignments().size()];
          gen.eventValues(e, t, state, p, v, values);
        }
        pending.add(new Pending(e, t + delay, values, sequence++));
      } else if (!ev.persistent()) {
        final int cancelled = e;
        pending.removeIf(pe -> pe.event() == cancelled);
      }
    }
    return changed;
  }

  /** Executes every pending event due at {@code t}, highest priority first. */
  private void executeDue(double t) {
    double eps = 1e-14 * timeScale;
    while (true) {
      Pending best = null;
      double bestPriority = Double.NEGATIVE_INFINITY;
      int ties = 0;
      gen.symbols(t, y, p, v);
      for (Pending pe : pending) {
        if (pe.time() > t + eps) {
          continue;
        }
        double prio = gen.priority(pe.event(), t, y, p, v);
        if (Double.isNaN(prio)) {
          prio = Double.NEGATIVE_INFINITY;
        }
        if (best == null || prio > bestPriority) {
          best = pe;
          bestPriority = prio;
          ties = 1;
        } else if (prio == bestPriority && ++ties > 1 && random.nextInt(ties) == 0) {
          best = pe; // reservoir sampling: a uniform choice among equal priorities (SBML: random order)
        }
      }
      if (best == null) {
        return;
      }
      pending.remove(best);
      execute(best, t);
      handleTransitions(t, y);
    }
  }

  private void execute(Pending pe, double t) {
    ModelDefinition.Event ev = events.get(pe.event());
    double[] values = pe.values();
    gen.symbols(t, y, p, v);
    if (values == null) {
      values = new double[ev.assignments().size()];
      gen.eventValues(pe.event(), t, y, p, v, values);
    }
    // Species first: an assigned concentration converts to an amount with the size the compartment
    // has when the event executes; a compartment resized by the event keeps the species' amounts.
    double[] sizesBefore = null;
    for (int pass = 0; pass < 2; pass++) {
      for (int j = 0; j < values.length; j++) {
        Symbol s = ms.symbol(ev.assignments().get(j).variable());
        if ((s.kind() == Symbol.Kind.SPECIES) != (pass == 0)) {
          continue;
        }
        if (s.storage() != Symbol.Storage.STATE) {
          throw new IllegalStateException("event '" + ev.id() + "' assigns '" + s.id() + "', which is not a state");
        }
        double value = values[j];
        if (s.amountState() && s.concentrationValued()) {
          value *= valueOf(symbols.get(s.compartment()));
        }
        if (s.kind() == Symbol.Kind.COMPARTMENT) {
          if (sizesBefore == null) {
            sizesBefore = new double[symbols.size()];
            Arrays.fill(sizesBefore, Double.NaN);
          }
          sizesBefore[s.index()] = valueOf(s);
        }
        y[s.stateIndex()] = value;
      }
    }
    gen.symbols(t, y, p, v);
    keepAmountsOfRateRuleSpecies(sizesBefore);
  }

  /**
   * Species whose rate rule is on the concentration are held as concentrations; when an event
   * resizes their compartment their amount stays (SBML), so the concentration is rescaled.
   */
  private void keepAmountsOfRateRuleSpecies(double[] sizesBefore) {
    if (sizesBefore == null) {
      return;
    }
    for (Symbol s : symbols) {
      if (s.kind() != Symbol.Kind.SPECIES || s.storage() != Symbol.Storage.STATE || s.amountState()
          || !s.concentrationValued() || Double.isNaN(sizesBefore[s.compartment()])) {
        continue;
      }
      y[s.stateIndex()] *= sizesBefore[s.compartment()] / valueOf(symbols.get(s.compartment()));
    }
  }

  // ---- values -----------------------------------------------------------------------------------

  /** Current value of a symbol; requires {@code gen.symbols} for the current state. */
  private double valueOf(Symbol s) {
    return valueOf(s, y, v);
  }

  /** Value of a symbol for a state and the symbol values computed from it ({@code gen.symbols}). */
  private double valueOf(Symbol s, double[] state, double[] values) {
    return switch (s.storage()) {
      case CONST -> p[s.index()];
      case STATE -> s.amountState() ? values[s.index()] : state[s.stateIndex()];
      case ASSIGNED -> values[s.index()];
    };
  }

  private void record(int row, double t, double[] state) {
    gen.symbols(t, state, p, vAux);
    double[] r = out[row];
    for (int c = 0; c < columns.length; c++) {
      Symbol s = symbols.get(columns[c]);
      double value = valueOf(s, state, vAux);
      if (modes[c] != Mode.VALUE) {
        double size = valueOf(symbols.get(s.compartment()), state, vAux);
        if (modes[c] == Mode.AMOUNT && s.concentrationValued()) {
          value *= size;
        } else if (modes[c] == Mode.CONCENTRATION && !s.concentrationValued()) {
          value /= size;
        }
      }
      r[c] = value;
    }
  }
}
