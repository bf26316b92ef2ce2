package org.regenarch.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.hipparchus.ode.AbstractIntegrator;
import org.hipparchus.ode.ExpandableODE;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Analytic-reference checks run for every solver the engine offers: Hipparchus' Dormand-Prince 8(5,3)
 * and our Rosenbrock integrator with both of its tableaux.
 */
class AnalyticReferenceTest {

  /** (absTol, relTol) -> integrator. */
  static Stream<Arguments> solvers() {
    final BiFunction<Double, Double, AbstractIntegrator> rodas5p =
        (a, r) -> new RosenbrockIntegrator(RosenbrockTableau.RODAS5P, 1e-12, 1e3, a, r);
    final BiFunction<Double, Double, AbstractIntegrator> rodas4 =
        (a, r) -> new RosenbrockIntegrator(RosenbrockTableau.RODAS4, 1e-12, 1e3, a, r);
    final BiFunction<Double, Double, AbstractIntegrator> dopri =
        (a, r) -> new DormandPrince853Integrator(1e-12, 1e3, a, r);
    return Stream.of(Arguments.of("Rodas5P", rodas5p), Arguments.of("Rodas4", rodas4),
        Arguments.of("DormandPrince853", dopri));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void exponentialDecayForward(String name, BiFunction<Double, Double, AbstractIntegrator> make) {
    final double tol = 1e-8;
    final AbstractIntegrator integrator = make.apply(tol, tol);
    final ODEStateAndDerivative end = integrator.integrate(
        new ExpandableODE(new ReferenceProblems.Decay()), new ODEState(0, new double[] {1}), 5);
    final double error = Math.abs(end.getPrimaryState()[0] - ReferenceProblems.Decay.exact(5));
    System.out.printf("[%s] decay forward to t=5, tol=%g: |error| = %.3e, evaluations = %d%n",
        name, tol, error, integrator.getEvaluations());
    assertThat(end.getTime()).isEqualTo(5.0);
    assertThat(error).isLessThan(10 * tol);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void exponentialDecayBackward(String name, BiFunction<Double, Double, AbstractIntegrator> make) {
    final double tol = 1e-8;
    final AbstractIntegrator integrator = make.apply(tol, tol);
    final ODEStateAndDerivative end = integrator.integrate(
        new ExpandableODE(new ReferenceProblems.Decay()),
        new ODEState(3, new double[] {ReferenceProblems.Decay.exact(3)}), 0);
    final double relError = Math.abs(end.getPrimaryState()[0] - 1.0);
    System.out.printf("[%s] decay backward t=3 -> 0: |rel error| = %.3e%n", name, relError);
    assertThat(end.getTime()).isEqualTo(0.0);
    // backward, the error grows like e^t: allow the amplification of a 3-unit interval
    assertThat(relError).isLessThan(10 * tol * Math.exp(3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void denseOutputInsideStepsMatchesTheSolution(String name, BiFunction<Double, Double, AbstractIntegrator> make) {
    final double tol = 1e-8;
    final AbstractIntegrator integrator = make.apply(tol, tol);
    final double[] maxError = {0};
    final int[] samples = {0};
    integrator.addStepHandler(new ODEStepHandler() {
      @Override
      public void handleStep(ODEStateInterpolator interpolator) {
        final double t0 = interpolator.getPreviousState().getTime();
        final double t1 = interpolator.getCurrentState().getTime();
        for (int k = 1; k < 10; k++) {
          final double t = t0 + (t1 - t0) * k / 10.0;
          final ODEStateAndDerivative s = interpolator.getInterpolatedState(t);
          maxError[0] = Math.max(maxError[0], Math.abs(s.getPrimaryState()[0] - Math.exp(-t)));
          // interpolated derivative is consistent with y' = -y
          assertThat(s.getPrimaryDerivative()[0]).isCloseTo(-Math.exp(-t), within(1e-4));
          samples[0]++;
        }
      }
    });
    integrator.integrate(new ExpandableODE(new ReferenceProblems.Decay()), new ODEState(0, new double[] {1}), 5);
    System.out.printf("[%s] dense output, %d interior points: max |error| = %.3e%n", name, samples[0], maxError[0]);
    assertThat(samples[0]).isGreaterThan(0);
    assertThat(maxError[0]).isLessThan(10 * tol);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void eventWhenDecayCrossesOneHalfIsAtLn2(String name, BiFunction<Double, Double, AbstractIntegrator> make) {
    final AbstractIntegrator integrator = make.apply(1e-10, 1e-10);
    final List<Double> eventTimes = new ArrayList<>();
    final double eventTolerance = 1e-12;
    integrator.addEventDetector(new ODEEventDetector() {
      @Override
      public AdaptableInterval getMaxCheckInterval() {
        return (state, isForward) -> 0.5;
      }

      @Override
      public int getMaxIterationCount() {
        return 100;
      }

      @Override
      public BracketedUnivariateSolver<org.hipparchus.analysis.UnivariateFunction> getSolver() {
        return new BracketingNthOrderBrentSolver(0, eventTolerance, 0, 5);
      }

      @Override
      public ODEEventHandler getHandler() {
        return (state, detector, increasing) -> {
          eventTimes.add(state.getTime());
          return Action.STOP;
        };
      }

      @Override
      public double g(ODEStateAndDerivative state) {
        return state.getPrimaryState()[0] - 0.5;
      }
    });
    final ODEStateAndDerivative end = integrator.integrate(
        new ExpandableODE(new ReferenceProblems.Decay()), new ODEState(0, new double[] {1}), 5);
    assertThat(eventTimes).hasSize(1);
    final double error = Math.abs(eventTimes.get(0) - Math.log(2));
    System.out.printf("[%s] event y=0.5: |t_event - ln 2| = %.3e%n", name, error);
    assertThat(error).isLessThan(1e-8);
    assertThat(end.getTime()).isCloseTo(Math.log(2), within(1e-8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void errorDecreasesAsToleranceTightens(String name, BiFunction<Double, Double, AbstractIntegrator> make) {
    double previous = Double.POSITIVE_INFINITY;
    for (int exponent = 4; exponent <= 10; exponent += 2) {
      final double tol = Math.pow(10, -exponent);
      final AbstractIntegrator integrator = make.apply(tol, tol);
      final ODEStateAndDerivative end = integrator.integrate(
          new ExpandableODE(new ReferenceProblems.Harmonic()), new ODEState(0, new double[] {0, 1}), 10);
      final double error = Math.max(Math.abs(end.getPrimaryState()[0] - Math.sin(10)),
          Math.abs(end.getPrimaryState()[1] - Math.cos(10)));
      System.out.printf("[%s] harmonic to t=10, tol=%.0e: |error| = %.3e, evaluations = %d%n",
          name, tol, error, integrator.getEvaluations());
      // global error stays within a modest multiple of the local tolerance over ~1.6 periods
      assertThat(error).isLessThan(100 * tol);
      assertThat(error).isLessThan(previous);
      previous = error;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solvers")
  void stateResetEventsRestartTheIntegrationCorrectly(String name,
      BiFunction<Double, Double, AbstractIntegrator> make) {
    final AbstractIntegrator integrator = make.apply(1e-10, 1e-10);
    final List<Double> eventTimes = new ArrayList<>();
    integrator.addEventDetector(new HalfCrossing(new ODEEventHandler() {
      @Override
      public Action eventOccurred(ODEStateAndDerivative state, ODEEventDetector detector, boolean increasing) {
        // Hipparchus also reports the upward jump of g caused by our own reset as an (increasing) event
        if (increasing) {
          return Action.CONTINUE;
        }
        eventTimes.add(state.getTime());
        return Action.RESET_STATE;
      }

      @Override
      public ODEState resetState(ODEEventDetector detector, ODEStateAndDerivative state) {
        return new ODEState(state.getTime(), new double[] {1.0});
      }
    }));
    final ODEStateAndDerivative end = integrator.integrate(
        new ExpandableODE(new ReferenceProblems.Decay()), new ODEState(0, new double[] {1}), 5);
    // y halves every ln 2 and is then reset to 1: events at k ln 2, y(5) = exp(-(5 - 7 ln 2))
    assertThat(eventTimes).hasSize(7);
    double maxEventError = 0;
    for (int k = 0; k < eventTimes.size(); k++) {
      maxEventError = Math.max(maxEventError, Math.abs(eventTimes.get(k) - (k + 1) * Math.log(2)));
    }
    final double error = Math.abs(end.getPrimaryState()[0] - Math.exp(-(5 - 7 * Math.log(2))));
    System.out.printf("[%s] 7 reset events: max |t_k - k ln 2| = %.3e, |y(5) error| = %.3e%n",
        name, maxEventError, error);
    assertThat(maxEventError).isLessThan(1e-8);
    assertThat(error).isLessThan(1e-8);
  }

  /** g = y - 0.5, with a given handler. */
  private static final class HalfCrossing implements ODEEventDetector {
    private final ODEEventHandler handler;

    HalfCrossing(ODEEventHandler handler) {
      this.handler = handler;
    }

    @Override
    public AdaptableInterval getMaxCheckInterval() {
      return (state, isForward) -> 0.5;
    }

    @Override
    public int getMaxIterationCount() {
      return 100;
    }

    @Override
    public BracketedUnivariateSolver<org.hipparchus.analysis.UnivariateFunction> getSolver() {
      return new BracketingNthOrderBrentSolver(0, 1e-12, 0, 5);
    }

    @Override
    public ODEEventHandler getHandler() {
      return handler;
    }

    @Override
    public double g(ODEStateAndDerivative state) {
      return state.getPrimaryState()[0] - 0.5;
    }
  }
}
