package org.regenarch.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RosenbrockIntegratorTest {

  static Stream<RosenbrockTableau> tableaux() {
    return Stream.of(RosenbrockTableau.RODAS5P, RosenbrockTableau.RODAS4);
  }

  private static ODEStateAndDerivative run(RosenbrockIntegrator integrator, OrdinaryDifferentialEquation ode,
      double t0, double[] y0, double tEnd) {
    return integrator.integrate(new ExpandableODE(ode), new ODEState(t0, y0), tEnd);
  }

  private static String stats(RosenbrockIntegrator integrator) {
    return String.format("%s accepted=%d rejected=%d rhs=%d jacobians=%d LU=%d",
        integrator.getTableau().name(), integrator.getAcceptedSteps(), integrator.getRejectedSteps(),
        integrator.getEvaluations(),
        integrator.getJacobianEvaluations(), integrator.getDecompositions());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void stiffLinearSystemMatchesClosedFormWithFewSteps(RosenbrockTableau tableau) {
    for (double lambda2 : new double[] {-1e3, -1e4}) {
      final ReferenceProblems.StiffLinear ode = new ReferenceProblems.StiffLinear(lambda2);
      final double tol = 1e-8;
      final RosenbrockIntegrator integrator = new RosenbrockIntegrator(tableau, 1e-14, 10, tol, tol);
      final double[] maxError = {0};
      integrator.addStepHandler(interpolator -> {
        final ODEStateAndDerivative s = interpolator.getCurrentState();
        final double[] exact = ode.exact(s.getTime());
        for (int i = 0; i < 2; i++) {
          maxError[0] = Math.max(maxError[0], Math.abs(s.getPrimaryState()[i] - exact[i]));
        }
      });
      final ODEStateAndDerivative end = run(integrator, ode, 0, new double[] {2, 0}, 10);
      System.out.printf("[%s] stiff linear lambda=(-1, %.0e) to t=10: max |error| at steps = %.3e, %s%n", tableau.name(),
          lambda2, maxError[0], stats(integrator));
      assertThat(end.getTime()).isEqualTo(10.0);
      assertThat(maxError[0]).isLessThan(10 * tol);
      // an explicit method would need |lambda2| * 10 / 3.3 steps for stability alone
      assertThat(integrator.getAcceptedSteps()).isLessThan(300);
    }
  }

  /** Max |interpolated - exact| at 7 interior points of every step. */
  private static double denseError(RosenbrockIntegrator integrator, OrdinaryDifferentialEquation ode,
      double[] y0, double tEnd, java.util.function.DoubleFunction<double[]> exact) {
    final double[] maxError = {0};
    integrator.addStepHandler(interpolator -> {
      final double t0 = interpolator.getPreviousState().getTime();
      final double t1 = interpolator.getCurrentState().getTime();
      for (int k = 1; k < 8; k++) {
        final double t = t0 + (t1 - t0) * k / 8.0;
        final double[] y = interpolator.getInterpolatedState(t).getPrimaryState();
        final double[] ref = exact.apply(t);
        for (int i = 0; i < y.length; i++) {
          maxError[0] = Math.max(maxError[0], Math.abs(y[i] - ref[i]));
        }
      }
    });
    run(integrator, ode, 0, y0, tEnd);
    return maxError[0];
  }

  @Test
  void denseOutputIsAccurateOnStiffProblems() {
    final double tol = 1e-8;
    final ReferenceProblems.StiffLinear linear = new ReferenceProblems.StiffLinear(-1e4);
    final double linearError = denseError(new RosenbrockIntegrator(1e-14, 10, tol, tol), linear,
        new double[] {2, 0}, 10, linear::exact);
    // moderately stiff and non-autonomous: RODAS4's dense output loses accuracy here, Rodas5P's does not
    final double forcedError5p = denseError(new RosenbrockIntegrator(RosenbrockTableau.RODAS5P, 1e-14, 10, tol, tol),
        new ReferenceProblems.ProtheroRobinson(1e3), new double[] {1}, 10, t -> new double[] {Math.cos(t)});
    final double forcedError4 = denseError(new RosenbrockIntegrator(RosenbrockTableau.RODAS4, 1e-14, 10, tol, tol),
        new ReferenceProblems.ProtheroRobinson(1e3), new double[] {1}, 10, t -> new double[] {Math.cos(t)});
    System.out.printf("[Rodas5P] dense output inside steps, tol %.0e: stiff linear max |error| = %.3e, "
        + "Prothero-Robinson(1e3) max |error| = %.3e (Rodas4: %.3e)%n", tol, linearError, forcedError5p, forcedError4);
    assertThat(linearError).isLessThan(10 * tol);
    assertThat(forcedError5p).isLessThan(10 * tol);
    assertThat(forcedError4).isLessThan(100 * tol);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void nonAutonomousStiffProblemUsesTheTimeDerivative(RosenbrockTableau tableau) {
    final double tol = 1e-8;
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(tableau, 1e-14, 10, tol, tol);
    final ODEStateAndDerivative end =
        run(integrator, new ReferenceProblems.ProtheroRobinson(1e5), 0, new double[] {1}, 10);
    final double error = Math.abs(end.getPrimaryState()[0] - Math.cos(10));
    System.out.printf("[%s] Prothero-Robinson lambda=1e5 to t=10: |error| = %.3e, %s%n", tableau.name(),
        error, stats(integrator));
    assertThat(error).isLessThan(10 * tol);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void robertsonMatchesTestSetReferenceAndConservesMass(RosenbrockTableau tableau) {
    final double[] absTol = {1e-14, 1e-18, 1e-14};
    final double[] relTol = {1e-10, 1e-10, 1e-10};
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(tableau, 1e-20, 1e10, absTol, relTol);
    final double[] maxMassDefect = {0};
    final double[] at1e5 = new double[3];
    integrator.addStepHandler(interpolator -> {
      final double[] y = interpolator.getCurrentState().getPrimaryState();
      maxMassDefect[0] = Math.max(maxMassDefect[0], Math.abs(y[0] + y[1] + y[2] - 1));
      final double t0 = interpolator.getPreviousState().getTime();
      final double t1 = interpolator.getCurrentState().getTime();
      if (t0 <= 1e5 && 1e5 < t1) {
        System.arraycopy(interpolator.getInterpolatedState(1e5).getPrimaryState(), 0, at1e5, 0, 3);
      }
    });
    final ODEStateAndDerivative end = run(integrator, new ReferenceProblems.RobertsonWithJacobian(), 0,
        new double[] {1, 0, 0}, ReferenceProblems.Robertson.END_TIME);
    final double[] y = end.getPrimaryState();
    final double[] ref = ReferenceProblems.Robertson.REFERENCE_AT_END;
    double maxRelError = 0;
    for (int i = 0; i < 3; i++) {
      maxRelError = Math.max(maxRelError, Math.abs(y[i] - ref[i]) / ref[i]);
    }
    System.out.printf("[%s] Robertson to t=1e11: max rel error vs test set = %.3e, mass defect = %.3e, "
        + "y(1e5) = (%.10e, %.10e, %.10e), %s%n", tableau.name(), maxRelError, maxMassDefect[0], at1e5[0], at1e5[1], at1e5[2],
        stats(integrator));
    assertThat(maxRelError).isLessThan(1e-6);
    assertThat(maxMassDefect[0]).isLessThan(1e-12);
    assertThat(at1e5[0] + at1e5[1] + at1e5[2]).isCloseTo(1.0, within(1e-12));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void robertsonDefaultToleranceStatistics(RosenbrockTableau tableau) {
    // the tolerances a modeller would typically use (SBML test suite settings are of this order)
    final RosenbrockIntegrator analytic = new RosenbrockIntegrator(tableau, 1e-20, 1e10, 1e-10, 1e-6);
    final RosenbrockIntegrator numeric = new RosenbrockIntegrator(tableau, 1e-20, 1e10, 1e-10, 1e-6);
    final double[] ya = run(analytic, new ReferenceProblems.RobertsonWithJacobian(), 0,
        new double[] {1, 0, 0}, 1e5).getPrimaryState();
    final double[] yn = run(numeric, new ReferenceProblems.Robertson(), 0,
        new double[] {1, 0, 0}, 1e5).getPrimaryState();
    System.out.printf("[%s] Robertson to t=1e5 (atol 1e-10, rtol 1e-6): analytic J %s; FD J %s%n", tableau.name(),
        stats(analytic), stats(numeric));
    System.out.printf("[%s] Robertson y(1e5) analytic J (%.8e, %.8e, %.8e) FD J (%.8e, %.8e, %.8e)%n", tableau.name(),
        ya[0], ya[1], ya[2], yn[0], yn[1], yn[2]);
    for (int i = 0; i < 3; i++) {
      assertThat(yn[i]).isCloseTo(ya[i], within(1e-6 * Math.abs(ya[i]) + 1e-10));
    }
    assertThat(ya[0] + ya[1] + ya[2]).isCloseTo(1.0, within(1e-12));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void vanDerPolMu1000MatchesTestSetReference(RosenbrockTableau tableau) {
    final double tol = 1e-9;
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(tableau, 1e-16, 1, tol, tol);
    final ODEStateAndDerivative end = run(integrator, new ReferenceProblems.VanDerPol(), 0,
        new double[] {2, 0}, ReferenceProblems.VanDerPol.END_TIME);
    final double[] y = end.getPrimaryState();
    final double[] ref = ReferenceProblems.VanDerPol.REFERENCE_AT_END;
    final double error = Math.max(Math.abs(y[0] - ref[0]), Math.abs(y[1] - ref[1]));
    System.out.printf("[%s] Van der Pol eps=1e-6 to t=2, tol=%.0e: max |error| = %.3e, %s%n", tableau.name(),
        tol, error, stats(integrator));
    // the VDPOL solution has steep layers: global error is a modest multiple of the local tolerance
    assertThat(error).isLessThan(1e4 * tol);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void vanDerPolLooseToleranceStatistics(RosenbrockTableau tableau) {
    final double tol = 1e-6;
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(tableau, 1e-16, 1, tol, tol);
    final double[] y = run(integrator, new ReferenceProblems.VanDerPol(), 0, new double[] {2, 0},
        ReferenceProblems.VanDerPol.END_TIME).getPrimaryState();
    final double[] ref = ReferenceProblems.VanDerPol.REFERENCE_AT_END;
    final double error = Math.max(Math.abs(y[0] - ref[0]), Math.abs(y[1] - ref[1]));
    System.out.printf("[%s] Van der Pol eps=1e-6 to t=2, tol=%.0e: max |error| = %.3e, %s%n", tableau.name(),
        tol, error, stats(integrator));
    assertThat(error).isLessThan(1e4 * tol);
  }

  @Test
  void agreesWithDormandPrinceOnVanDerPolShortHorizon() {
    final double tEnd = 0.1;
    final RosenbrockIntegrator rodas = new RosenbrockIntegrator(1e-16, 1, 1e-10, 1e-10);
    final double[] yr = run(rodas, new ReferenceProblems.VanDerPol(), 0, new double[] {2, 0}, tEnd)
        .getPrimaryState();
    final DormandPrince853Integrator dopri = new DormandPrince853Integrator(1e-16, 1, 1e-12, 1e-12);
    final double[] yd = dopri.integrate(new ExpandableODE(new ReferenceProblems.VanDerPol()),
        new ODEState(0, new double[] {2, 0}), tEnd).getPrimaryState();
    System.out.printf("[%s] Van der Pol t=0.1 vs DP853(1e-12): diff = (%.3e, %.3e); rhs Rodas5P=%d DP853=%d%n", "Rodas5P",
        yr[0] - yd[0], yr[1] - yd[1], rodas.getEvaluations(), dopri.getEvaluations());
    assertThat(yr[0]).isCloseTo(yd[0], within(1e-7));
    assertThat(yr[1]).isCloseTo(yd[1], within(1e-6));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void analyticAndFiniteDifferenceJacobiansGiveTheSameSolution(RosenbrockTableau tableau) {
    final double tol = 1e-8;
    final RosenbrockIntegrator a = new RosenbrockIntegrator(tableau, 1e-14, 10, tol, tol);
    final RosenbrockIntegrator n = new RosenbrockIntegrator(tableau, 1e-14, 10, tol, tol);
    final ReferenceProblems.StiffLinear withJacobian = new ReferenceProblems.StiffLinear(-1e4);
    final OrdinaryDifferentialEquation withoutJacobian = new OrdinaryDifferentialEquation() {
      @Override
      public int getDimension() {
        return 2;
      }

      @Override
      public double[] computeDerivatives(double t, double[] y) {
        return withJacobian.computeDerivatives(t, y);
      }
    };
    final double[] ya = run(a, withJacobian, 0, new double[] {2, 0}, 3).getPrimaryState();
    final double[] yn = run(n, withoutJacobian, 0, new double[] {2, 0}, 3).getPrimaryState();
    final double[] exact = withJacobian.exact(3);
    System.out.printf("[%s] stiff linear, analytic vs FD Jacobian: diff = (%.3e, %.3e); steps %d vs %d%n", tableau.name(),
        ya[0] - yn[0], ya[1] - yn[1], a.getAcceptedSteps(), n.getAcceptedSteps());
    for (int i = 0; i < 2; i++) {
      assertThat(yn[i]).isCloseTo(ya[i], within(10 * tol));
      assertThat(yn[i]).isCloseTo(exact[i], within(10 * tol));
    }
    // analytic Jacobian: no right-hand-side evaluations spent on differencing
    assertThat(a.getEvaluations()).isLessThan(n.getEvaluations());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tableaux")
  void rejectsStepsThatProduceNonFiniteStates(RosenbrockTableau tableau) {
    // f is undefined (NaN) for y < 0; a too-large first step overshoots below zero in its stages
    final OrdinaryDifferentialEquation guarded = new OrdinaryDifferentialEquation() {
      @Override
      public int getDimension() {
        return 1;
      }

      @Override
      public double[] computeDerivatives(double t, double[] y) {
        return new double[] {y[0] < 0 ? Double.NaN : -y[0]};
      }
    };
    final double tol = 1e-8;
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(tableau, 1e-12, 100, tol, tol);
    integrator.setInitialStepSize(10);
    final ODEStateAndDerivative end = run(integrator, guarded, 0, new double[] {1}, 5);
    final double error = Math.abs(end.getPrimaryState()[0] - Math.exp(-5));
    System.out.printf("[%s] NaN-guarded decay: |error| = %.3e, %s%n", tableau.name(), error, stats(integrator));
    assertThat(integrator.getRejectedSteps()).isGreaterThanOrEqualTo(1);
    assertThat(error).isLessThan(10 * tol);
  }

  @Test
  void respectsTheMaximalNumberOfEvaluations() {
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(1e-20, 1e10, 1e-10, 1e-6);
    integrator.setMaxEvaluations(100);
    assertThatThrownBy(() -> run(integrator, new ReferenceProblems.Robertson(), 0, new double[] {1, 0, 0}, 1e5))
        .isInstanceOf(MathIllegalStateException.class);
    assertThat(integrator.getEvaluations()).isLessThanOrEqualTo(100);
  }

  @Test
  void failsWhenTheToleranceNeedsAStepBelowTheMinimum() {
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(0.1, 1, 1e-12, 1e-12);
    assertThatThrownBy(() -> run(integrator, new ReferenceProblems.VanDerPol(), 0, new double[] {2, 0}, 2))
        .isInstanceOf(MathIllegalArgumentException.class)
        .hasMessageContaining("minimal step size");
  }

  @Test
  void stepsStayWithinTheMaximalStep() {
    final double maxStep = 0.25;
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(1e-12, maxStep, 1e-4, 1e-4);
    final double[] largest = {0};
    integrator.addStepHandler(new ODEStepHandler() {
      @Override
      public void handleStep(ODEStateInterpolator interpolator) {
        largest[0] = Math.max(largest[0],
            interpolator.getCurrentState().getTime() - interpolator.getPreviousState().getTime());
      }
    });
    run(integrator, new ReferenceProblems.Decay(), 0, new double[] {1}, 20);
    assertThat(largest[0]).isLessThanOrEqualTo(maxStep * (1 + 1e-12));
  }

  @Test
  void isReusableAcrossIntegrations() {
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(1e-12, 10, 1e-8, 1e-8);
    final double first = run(integrator, new ReferenceProblems.Decay(), 0, new double[] {1}, 2).getPrimaryState()[0];
    final int firstEvaluations = integrator.getEvaluations();
    final double second = run(integrator, new ReferenceProblems.Decay(), 0, new double[] {1}, 2).getPrimaryState()[0];
    assertThat(second).isEqualTo(first);
    assertThat(integrator.getEvaluations()).isEqualTo(firstEvaluations);
  }

  @Test
  void integratesSecondaryEquationsAlongTheMainState() {
    // primary y' = -y; secondary z' = y, z(0) = 0, so z(t) = 1 - exp(-t)
    final ExpandableODE equations = new ExpandableODE(new ReferenceProblems.Decay());
    final int index = equations.addSecondaryEquations(new org.hipparchus.ode.SecondaryODE() {
      @Override
      public int getDimension() {
        return 1;
      }

      @Override
      public double[] computeDerivatives(double t, double[] primary, double[] primaryDot, double[] secondary) {
        return new double[] {primary[0]};
      }
    });
    final double tol = 1e-9;
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(1e-12, 10, tol, tol);
    final ODEStateAndDerivative end = integrator.integrate(equations,
        new ODEState(0, new double[] {1}, new double[][] {{0}}), 4);
    assertThat(end.getPrimaryState()[0]).isCloseTo(Math.exp(-4), within(10 * tol));
    assertThat(end.getSecondaryState(index)[0]).isCloseTo(1 - Math.exp(-4), within(1e-6));
  }

  @Test
  void autonomousFlagSkipsTheTimeDifferenceWithoutChangingTheResult() {
    final RosenbrockIntegrator generic = new RosenbrockIntegrator(1e-20, 1e10, 1e-10, 1e-6);
    final RosenbrockIntegrator autonomous = new RosenbrockIntegrator(1e-20, 1e10, 1e-10, 1e-6);
    autonomous.setAutonomous(true);
    final double[] yg = run(generic, new ReferenceProblems.Robertson(), 0, new double[] {1, 0, 0}, 1e5)
        .getPrimaryState();
    final double[] ya = run(autonomous, new ReferenceProblems.Robertson(), 0, new double[] {1, 0, 0}, 1e5)
        .getPrimaryState();
    for (int i = 0; i < 3; i++) {
      assertThat(ya[i]).isCloseTo(yg[i], within(1e-6 * Math.abs(yg[i]) + 1e-12));
    }
    // one evaluation per step saved
    assertThat(autonomous.getEvaluations()).isLessThan(generic.getEvaluations());
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void failsInsteadOfLoopingWhenTheRightHandSideTurnsNaN() {
    // no minimal step: only the time-resolution guard can stop the step from shrinking forever
    final OrdinaryDifferentialEquation broken = new OrdinaryDifferentialEquation() {
      @Override
      public int getDimension() {
        return 1;
      }

      @Override
      public double[] computeDerivatives(double t, double[] y) {
        return new double[] {t > 1 ? Double.NaN : -y[0]};
      }
    };
    final RosenbrockIntegrator integrator = new RosenbrockIntegrator(0.0, 10, 1e-8, 1e-8);
    assertThatThrownBy(() -> run(integrator, broken, 0, new double[] {1}, 5))
        .isInstanceOf(MathIllegalArgumentException.class)
        .hasMessageContaining("minimal step size");
  }
}
