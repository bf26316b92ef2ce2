package org.regenarch.engine.solve;

import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.EquationsMapper;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.util.FastMath;

/**
 * Stiff ODE solver: stiffly accurate, L-stable Rosenbrock methods with embedded error estimate and dense
 * output ({@link RosenbrockTableau#RODAS5P}, the default, or Hairer &amp; Wanner's
 * {@link RosenbrockTableau#RODAS4}), inside the Hipparchus integrator framework: event
 * detectors, step handlers and step-end handlers behave as for Hipparchus' own embedded Runge-Kutta
 * integrators (same {@code acceptStep} machinery, same min/max step and tolerance semantics).
 *
 * <p>The step loop follows rodas.f (E. Hairer, Universite de Geneve): one Jacobian and one d f / d t per
 * step, both reused when a step is rejected (only the matrix I/(h gamma) - J is refactorised, because h
 * changed); step size control with safety 0.9, growth bounded to [0.2, 6], no growth right after a
 * rejection, and Gustafsson's predictive controller. The integration loop is modelled on Hipparchus'
 * {@code EmbeddedRungeKuttaIntegrator.integrate}. Coefficients: {@link RosenbrockTableau}.
 *
 * <p>The Jacobian comes from the equation if it implements {@link JacobianProvider}, otherwise from
 * forward finite differences. If the equation implements {@link InPlaceDerivatives} the stage loop
 * evaluates it without allocating. Both shortcuts apply only without secondary equations.
 *
 * <p>Instances are not thread-safe (like every Hipparchus integrator): use one per thread.
 */
public class RosenbrockIntegrator extends AdaptiveStepsizeIntegrator {

  /**
   * Method used by the constructors without a tableau: Rodas5P, because on the reference problems of
   * the tests it needs 2-5x fewer steps than RODAS4 at equal accuracy and its dense output does not
   * degrade on stiff non-autonomous problems (RODAS4's does: see RosenbrockIntegratorTest).
   */
  public static final RosenbrockTableau DEFAULT_TABLEAU = RosenbrockTableau.RODAS5P;

  /** rodas.f default WORK(5): safety factor of the step size prediction. */
  private static final double SAFETY = 0.9;

  /** rodas.f default WORK(3): smallest allowed ratio h_new / h_old. */
  private static final double MIN_REDUCTION = 0.2;

  /** rodas.f default WORK(4): largest allowed ratio h_new / h_old. */
  private static final double MAX_GROWTH = 6.0;

  /** rodas.f (label 80): step halving when I/(h gamma) - J is singular, at most 5 times in a row. */
  private static final double SINGULAR_REDUCTION = 0.5;

  private static final int MAX_SINGULAR_IN_A_ROW = 5;

  /** Smallest usable step, in ulps of t: below it t + h no longer resolves the stage times. */
  private static final double TIME_RESOLUTION_ULPS = 4.0;

  /** rodas.f: ERRACC = MAX(1.0D-2, ERR) in Gustafsson's predictive controller. */
  private static final double PREDICTIVE_ERROR_FLOOR = 1.0e-2;

  /**
   * Finite-difference Jacobian: typical magnitude used when |y_j| is small and no absolute/relative
   * tolerance ratio is available; Hairer's floor 1e-5 (rodas.f, radau5.f).
   */
  private static final double TYPICAL_FLOOR = 1.0e-5;

  private final RosenbrockTableau tableau;

  private boolean predictiveControl = true;

  private boolean autonomous = false;

  private int acceptedSteps;
  private int rejectedSteps;
  private int jacobianEvaluations;
  private int decompositions;

  /**
   * @param minStep minimal step (sign ignored); a smaller step needed to meet the tolerance is an error
   * @param maxStep maximal step (sign ignored)
   * @param absTol absolute tolerance
   * @param relTol relative tolerance
   */
  public RosenbrockIntegrator(double minStep, double maxStep, double absTol, double relTol) {
    this(DEFAULT_TABLEAU, minStep, maxStep, absTol, relTol);
  }

  /**
   * @param tableau the Rosenbrock method, e.g. {@link RosenbrockTableau#RODAS4}
   * @param minStep minimal step (sign ignored)
   * @param maxStep maximal step (sign ignored)
   * @param absTol absolute tolerance
   * @param relTol relative tolerance
   */
  public RosenbrockIntegrator(RosenbrockTableau tableau, double minStep, double maxStep, double absTol,
      double relTol) {
    super(tableau.name(), minStep, maxStep, absTol, relTol);
    this.tableau = tableau;
  }

  /**
   * @param minStep minimal step (sign ignored)
   * @param maxStep maximal step (sign ignored)
   * @param absTol absolute tolerance per primary state component
   * @param relTol relative tolerance per primary state component
   */
  public RosenbrockIntegrator(double minStep, double maxStep, double[] absTol, double[] relTol) {
    this(DEFAULT_TABLEAU, minStep, maxStep, absTol, relTol);
  }

  /**
   * @param tableau the Rosenbrock method
   * @param minStep minimal step (sign ignored)
   * @param maxStep maximal step (sign ignored)
   * @param absTol absolute tolerance per primary state component
   * @param relTol relative tolerance per primary state component
   */
  public RosenbrockIntegrator(RosenbrockTableau tableau, double minStep, double maxStep, double[] absTol,
      double[] relTol) {
    super(tableau.name(), minStep, maxStep, absTol, relTol);
    this.tableau = tableau;
  }

  /** The method this integrator runs. */
  public RosenbrockTableau getTableau() {
    return tableau;
  }

  /** Enables (default) or disables Gustafsson's predictive step size controller (rodas.f IWORK(2)). */
  public void setPredictiveControl(boolean enabled) {
    this.predictiveControl = enabled;
  }

  /**
   * Declares that f does not depend explicitly on t, so d f / d t = 0 is used instead of a finite
   * difference (saving one right-hand-side evaluation per step). Default false. A
   * {@link JacobianProvider} that computes d f / d t itself takes precedence.
   */
  public void setAutonomous(boolean autonomous) {
    this.autonomous = autonomous;
  }

  /** Accepted steps of the last {@code integrate} call. */
  public int getAcceptedSteps() {
    return acceptedSteps;
  }

  /** Rejected step attempts (error too large, non-finite state or singular matrix) of the last call. */
  public int getRejectedSteps() {
    return rejectedSteps;
  }

  /** Jacobian evaluations (analytic or finite-difference) of the last call. */
  public int getJacobianEvaluations() {
    return jacobianEvaluations;
  }

  /** LU decompositions of the last call. */
  public int getDecompositions() {
    return decompositions;
  }

  @Override
  public ODEStateAndDerivative integrate(
      final ExpandableODE equations, final ODEState initialState, final double finalTime)
      throws MathIllegalArgumentException, MathIllegalStateException {

    sanityChecks(initialState, finalTime);
    setStepStart(initIntegration(equations, initialState, finalTime));
    final boolean forward = finalTime > initialState.getTime();
    acceptedSteps = 0;
    rejectedSteps = 0;
    jacobianEvaluations = 0;
    decompositions = 0;

    final EquationsMapper mapper = equations.getMapper();
    final Work w = new Work(mapper.getTotalDimension(), getStepSizeHelperMainDimension(), tableau.stages());
    final OrdinaryDifferentialEquation primary = equations.getPrimary();
    final boolean single = mapper.getNumberOfEquations() == 1;
    final InPlaceDerivatives inPlace =
        single && primary instanceof InPlaceDerivatives ip ? ip : null;
    final JacobianProvider analytic = single && primary instanceof JacobianProvider jp ? jp : null;
    final FiniteDifferences.Rhs rhs;
    if (inPlace != null) {
      rhs = (t, y, out) -> {
        incrementEvaluations(1);
        inPlace.computeDerivatives(t, y, out);
      };
    } else if (single) {
      // bypass ExpandableODE, which copies the state in and the derivative out on every call
      rhs = (t, y, out) -> {
        incrementEvaluations(1);
        System.arraycopy(primary.computeDerivatives(t, y), 0, out, 0, out.length);
      };
    } else {
      rhs = (t, y, out) -> System.arraycopy(computeDerivatives(t, y), 0, out, 0, out.length);
    }
    fillTypicalMagnitudes(w.typical);

    double hNew = 0;
    boolean firstTime = true;
    boolean havePrevious = false;
    double hPrevious = 0;
    double errorPrevious = 0;

    setIsLastStep(false);
    do {
      final ODEStateAndDerivative start = getStepStart();
      final double t0 = start.getTime();
      copyInto(start.getCompleteState(), w.y0);
      copyInto(start.getCompleteDerivative(), w.f0);
      if (resetOccurred()) {
        // an event changed the state: the error history no longer predicts the next step
        havePrevious = false;
      }

      // Jacobian and d f / d t at the step start: valid for every attempt from (t0, y0)
      jacobianEvaluations++;
      if (analytic != null) {
        analytic.computeJacobian(t0, w.y0, w.f0, w.jac);
      } else {
        FiniteDifferences.jacobian(rhs, t0, w.y0, w.f0, w.typical, w.fTmp, w.jac);
      }
      if (analytic == null || !analytic.computeTimeDerivative(t0, w.y0, w.f0, w.fx)) {
        if (autonomous) {
          java.util.Arrays.fill(w.fx, 0.0);
        } else {
          FiniteDifferences.timeDerivative(rhs, t0, w.y0, w.f0, w.fTmp, w.fx);
        }
      }

      if (firstTime) {
        final double[] scale = new double[w.mainDimension];
        for (int i = 0; i < scale.length; ++i) {
          scale[i] = getStepSizeHelper().getTolerance(i, FastMath.abs(w.y0[i]));
        }
        hNew = initializeStep(forward, tableau.order(), scale, start);
        firstTime = false;
      }

      boolean rejectedHere = false;
      int singularInARow = 0;
      double error;
      while (true) {
        setStepSize(hNew);
        if (forward ? t0 + getStepSize() >= finalTime : t0 + getStepSize() <= finalTime) {
          setStepSize(finalTime - t0);
        }
        final double h = getStepSize();
        if (!factorise(w, h)) {
          if (++singularInARow >= MAX_SINGULAR_IN_A_ROW) {
            throw new MathIllegalStateException(LocalizedCoreFormats.SINGULAR_MATRIX);
          }
          rejectedSteps++;
          rejectedHere = true;
          hNew = shrink(h * SINGULAR_REDUCTION, forward, t0);
          continue;
        }
        error = attemptStep(w, rhs, t0, h);
        if (error <= 1.0) {
          break;
        }
        rejectedSteps++;
        rejectedHere = true;
        hNew = shrink(h * growthFactor(error), forward, t0);
      }

      // accepted: derivative at the new point (also the next step's first stage)
      final double h = getStepSize();
      final double tEnd = t0 + h;
      rhs.evaluate(tEnd, w.yNew, w.fTmp);
      acceptedSteps++;
      final ODEStateAndDerivative end = mapper.mapStateAndDerivative(tEnd, w.yNew, w.fTmp);
      final RosenbrockStateInterpolator interpolator =
          new RosenbrockStateInterpolator(forward, start, end, start, end, mapper,
              w.y0.clone(), w.yNew.clone(), denseCoefficients(w));
      setStepStart(acceptStep(interpolator, finalTime));

      if (!isLastStep()) {
        double factor = growthFactor(error);
        if (predictiveControl) {
          if (havePrevious) {
            // Gustafsson (1994) predictive controller as in rodas.f
            final double predicted = (h / hPrevious) * SAFETY
                / FastMath.pow(error * error / errorPrevious, 1.0 / tableau.order());
            factor = FastMath.min(factor, clampFactor(predicted));
          }
          havePrevious = true;
          hPrevious = h;
          errorPrevious = FastMath.max(PREDICTIVE_ERROR_FLOOR, error);
        }
        if (rejectedHere) {
          factor = FastMath.min(factor, 1.0);
        }
        final double scaledH = h * factor;
        final double nextT = getStepStart().getTime() + scaledH;
        final boolean nextIsLast = forward ? (nextT >= finalTime) : (nextT <= finalTime);
        hNew = getStepSizeHelper().filterStep(scaledH, forward, nextIsLast);
        final double filteredNextT = getStepStart().getTime() + hNew;
        if (forward ? filteredNextT >= finalTime : filteredNextT <= finalTime) {
          hNew = finalTime - getStepStart().getTime();
        }
      }
    } while (!isLastStep());

    final ODEStateAndDerivative finalState = getStepStart();
    resetInternalState();
    return finalState;
  }

  /**
   * Reduced step after a rejection, clamped to [minStep, maxStep]. Also fails when the step falls below
   * the resolution of t (a few ulps), which otherwise, with minStep = 0, would loop forever on a
   * right-hand side that returns NaN or a solution that blows up.
   */
  private double shrink(double h, boolean forward, double t0) {
    final double filtered = getStepSizeHelper().filterStep(h, forward, false);
    final double resolution = FastMath.max(TIME_RESOLUTION_ULPS * FastMath.ulp(t0), Double.MIN_NORMAL);
    if (FastMath.abs(filtered) < resolution) {
      throw new MathIllegalArgumentException(LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION,
          FastMath.abs(filtered), resolution, true);
    }
    return filtered;
  }

  /** Builds and factorises I/(h gamma) - J into {@code w.lu}; false if singular. */
  private boolean factorise(Work w, double h) {
    final int n = w.n;
    final double diagonal = 1.0 / (h * tableau.gamma());
    for (int i = 0; i < n; i++) {
      final double[] src = w.jac[i];
      final double[] dst = w.lu[i];
      for (int j = 0; j < n; j++) {
        dst[j] = -src[j];
      }
    }
    for (int i = 0; i < n; i++) {
      w.lu[i][i] += diagonal;
    }
    decompositions++;
    return DenseLu.decompose(w.lu, w.pivot);
  }

  /**
   * One step of size h from (t0, y0): fills the stage increments and yNew, returns the scaled RMS error
   * (+infinity if the new state is not finite, so that the step is rejected and shrunk).
   */
  private double attemptStep(Work w, FiniteDifferences.Rhs rhs, double t0, double h) {
    final int n = w.n;
    final double[] y0 = w.y0;
    final double[] fx = w.fx;
    final double[] yStage = w.yStage;
    final double[] fStage = w.fTmp;
    final double[][] k = w.k;
    final double[] c = tableau.c();
    final double[] d = tableau.d();
    final double[][] a = tableau.a();
    final double[][] coupling = tableau.coupling();
    final double invH = 1.0 / h;
    final int stages = c.length;

    for (int s = 0; s < stages; s++) {
      final double[] ks = k[s];
      // right-hand side at the stage argument (stage 0: f(t0, y0), known)
      final double[] f;
      if (s == 0) {
        f = w.f0;
      } else {
        System.arraycopy(y0, 0, yStage, 0, n);
        final double[] as = a[s];
        for (int j = 0; j < as.length; j++) {
          axpy(as[j], k[j], yStage, n);
        }
        rhs.evaluate(t0 + c[s] * h, yStage, fStage);
        f = fStage;
      }
      final double hd = h * d[s];
      if (hd != 0.0) {
        for (int i = 0; i < n; i++) {
          ks[i] = f[i] + hd * fx[i];
        }
      } else {
        System.arraycopy(f, 0, ks, 0, n);
      }
      final double[] cs = coupling[s];
      for (int j = 0; j < cs.length; j++) {
        axpy(cs[j] * invH, k[j], ks, n);
      }
      DenseLu.solve(w.lu, w.pivot, ks);
    }

    // propagated solution; the last increment is its difference to the embedded solution
    final double[] yNew = w.yNew;
    System.arraycopy(y0, 0, yNew, 0, n);
    final double[] b = tableau.b();
    for (int j = 0; j < stages; j++) {
      axpy(b[j], k[j], yNew, n);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(yNew[i])) {
        return Double.POSITIVE_INFINITY;
      }
    }
    final double[] errorEstimate = k[stages - 1];
    double sum = 0;
    for (int i = 0; i < w.mainDimension; i++) {
      final double scale = getStepSizeHelper()
          .getTolerance(i, FastMath.max(FastMath.abs(y0[i]), FastMath.abs(yNew[i])));
      final double ratio = errorEstimate[i] / scale;
      sum += ratio * ratio;
    }
    final double error = FastMath.sqrt(sum / w.mainDimension);
    return Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
  }

  /** y += alpha * x over the first n components (skipped when alpha is 0). */
  private static void axpy(double alpha, double[] x, double[] y, int n) {
    if (alpha != 0.0) {
      for (int i = 0; i < n; i++) {
        y[i] += alpha * x[i];
      }
    }
  }

  /** Dense output coefficients q_r = sum_j H_rj k_j of the accepted step (new arrays: kept by the interpolator). */
  private double[][] denseCoefficients(Work w) {
    final double[][] dense = tableau.dense();
    final double[][] q = new double[dense.length][w.n];
    for (int r = 0; r < dense.length; r++) {
      for (int j = 0; j < dense[r].length; j++) {
        axpy(dense[r][j], w.k[j], q[r], w.n);
      }
    }
    return q;
  }

  /** Step ratio from the error: SAFETY * err^(-1/order), bounded to [MIN_REDUCTION, MAX_GROWTH]. */
  private double growthFactor(double error) {
    return clampFactor(SAFETY * FastMath.pow(error, -1.0 / tableau.order()));
  }

  private static double clampFactor(double factor) {
    return Double.isNaN(factor) ? MIN_REDUCTION : FastMath.min(MAX_GROWTH, FastMath.max(MIN_REDUCTION, factor));
  }

  /**
   * Typical magnitudes for the finite-difference increment: absTol / relTol (the magnitude below which
   * a component is governed by its absolute tolerance), floored; secondary components use the floor.
   */
  private void fillTypicalMagnitudes(double[] typical) {
    for (int j = 0; j < typical.length; j++) {
      double value = TYPICAL_FLOOR;
      if (j < getStepSizeHelperMainDimension()) {
        final double absTol = getStepSizeHelper().getTolerance(j, 0.0);
        final double relTol = getStepSizeHelper().getRelativeTolerance(j);
        if (absTol > 0 && relTol > 0) {
          value = absTol / relTol;
        }
      }
      typical[j] = value;
    }
  }

  private int getStepSizeHelperMainDimension() {
    return getStepSizeHelper().getMainSetDimension();
  }

  private static void copyInto(double[] src, double[] dst) {
    System.arraycopy(src, 0, dst, 0, dst.length);
  }

  /** Preallocated work arrays for one integration. */
  private static final class Work {
    final int n;
    final int mainDimension;
    final double[] y0;
    final double[] f0;
    final double[] fx;
    final double[] yStage;
    final double[] fTmp;
    final double[] yNew;
    final double[][] k;
    final double[] typical;
    final double[][] jac;
    final double[][] lu;
    final int[] pivot;

    Work(int n, int mainDimension, int stages) {
      this.n = n;
      this.mainDimension = mainDimension;
      y0 = new double[n];
      f0 = new double[n];
      fx = new double[n];
      yStage = new double[n];
      fTmp = new double[n];
      yNew = new double[n];
      k = new double[stages][n];
      typical = new double[n];
      jac = new double[n][n];
      lu = new double[n][n];
      pivot = new int[n];
    }
  }
}
