package org.regenarch.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.regenarch.engine.SbmlSnippets.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;

class EngineSemanticsTest {

  static SimulationRequest request(double duration, int steps, List<String> vars, SolverKind solver) {
    return new SimulationRequest(0, duration, steps, vars, Set.of(), Set.of(), 1e-12, 1e-10, solver, Map.of());
  }

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void firstOrderDecayMatchesTheAnalyticSolutionInConcentrationAndAmount(SolverKind solver) {
    // S amount 3 in 2 litres, rate k [S] V: amount = 3 exp(-k t), [S] = 1.5 exp(-k t)
    CompiledModel m = Engine.fromString(decay(2.0, 3.0, 0.7), "decay");
    var req = new SimulationRequest(0, 5, 50, List.of("S", "S"), Set.of(), Set.of(), 1e-12, 1e-10, solver, Map.of());
    SimulationResult r = m.simulate(req);
    var amounts = new SimulationRequest(0, 5, 50, List.of("S"), Set.of("S"), Set.of(), 1e-12, 1e-10, solver, Map.of());
    SimulationResult ra = m.simulate(amounts);
    for (int i = 0; i <= 50; i++) {
      double t = r.times()[i];
      assertThat(r.values()[i][0]).isCloseTo(1.5 * Math.exp(-0.7 * t), within(1e-8));
      assertThat(ra.values()[i][0]).isCloseTo(3.0 * Math.exp(-0.7 * t), within(1e-8));
    }
    assertThat(r.times()[50]).isEqualTo(5.0);
  }

  @Test
  void parameterOverridesApplyPerRunWithoutRecompiling() {
    CompiledModel m = Engine.fromString(decay(1.0, 1.0, 0.5), "decay");
    var base = request(2, 2, List.of("S"), SolverKind.DORMAND_PRINCE);
    var faster = new SimulationRequest(0, 2, 2, List.of("S"), Set.of(), Set.of(), 1e-12, 1e-10,
        SolverKind.DORMAND_PRINCE, Map.of("k", 1.0));
    assertThat(m.simulate(base).values()[2][0]).isCloseTo(Math.exp(-1.0), within(1e-9));
    assertThat(m.simulate(faster).values()[2][0]).isCloseTo(Math.exp(-2.0), within(1e-9));
    assertThat(m.simulate(base).values()[2][0]).isCloseTo(Math.exp(-1.0), within(1e-9));
  }

  @Test
  void initialAssignmentsAndAssignmentRulesAreEvaluatedInDependencyOrder() {
    // b is declared before a but depends on it; y = 2 * b is an assignment rule; x' = y.
    String sbml = model("<listOfParameters>"
        + "<parameter id=\"b\" constant=\"true\"/><parameter id=\"a\" value=\"3\" constant=\"true\"/>"
        + "<parameter id=\"y\" constant=\"false\"/><parameter id=\"x\" value=\"0\" constant=\"false\"/></listOfParameters>"
        + "<listOfInitialAssignments><initialAssignment symbol=\"b\">" + math(apply("plus", ci("a"), cn(1))) + "</initialAssignment></listOfInitialAssignments>"
        + "<listOfRules><assignmentRule variable=\"y\">" + math(apply("times", cn(2), ci("b"))) + "</assignmentRule>"
        + "<rateRule variable=\"x\">" + math(ci("y")) + "</rateRule></listOfRules>");
    SimulationResult r = Engine.fromString(sbml, "ia").simulate(request(1, 4, List.of("b", "y", "x"), SolverKind.ROSENBROCK));
    assertThat(r.values()[0]).containsExactly(4.0, 8.0, 0.0);
    assertThat(r.value(4, "x")).isCloseTo(8.0, within(1e-9));
  }

  @Test
  void eventsFireOnTheTransitionWithDelayAndPriority() {
    // At time > 1: E1 (priority 2) sets p = 10, E2 (priority 1) sets q = p (assignment-time value);
    // E3 fires 0.5 after time > 2 and sets r = 5.
    String sbml = model("<listOfParameters>"
        + "<parameter id=\"p\" value=\"0\" constant=\"false\"/><parameter id=\"q\" value=\"0\" constant=\"false\"/>"
        + "<parameter id=\"r\" value=\"0\" constant=\"false\"/></listOfParameters><listOfEvents>"
        + event("E1", apply("gt", TIME, cn(1)), "<priority>" + math(cn(2)) + "</priority>", "p", cn(10), false)
        + event("E2", apply("gt", TIME, cn(1)), "<priority>" + math(cn(1)) + "</priority>", "q", ci("p"), false)
        + event("E3", apply("gt", TIME, cn(2)), "<delay>" + math(cn(0.5)) + "</delay>", "r", cn(5), true)
        + "</listOfEvents>");
    SimulationResult r = Engine.fromString(sbml, "events").simulate(request(4, 8, List.of("p", "q", "r"), SolverKind.ROSENBROCK));
    assertThat(r.values()[2]).containsExactly(0.0, 0.0, 0.0); // t = 1: trigger is time > 1, not yet
    assertThat(r.values()[3]).containsExactly(10.0, 10.0, 0.0); // t = 1.5
    assertThat(r.values()[5]).containsExactly(10.0, 10.0, 0.0); // t = 2.5: E3 waits for t = 2.5 + ...
    assertThat(r.values()[6]).containsExactly(10.0, 10.0, 5.0); // t = 3
  }

  private static String event(String id, String trigger, String extra, String target, String value, boolean fromTrigger) {
    return "<event id=\"" + id + "\" useValuesFromTriggerTime=\"" + fromTrigger + "\">"
        + "<trigger initialValue=\"false\" persistent=\"true\">" + math(trigger) + "</trigger>" + extra
        + "<listOfEventAssignments><eventAssignment variable=\"" + target + "\">" + math(value)
        + "</eventAssignment></listOfEventAssignments></event>";
  }

  @Test
  void aLinearAlgebraicRuleDeterminesItsFreeVariable() {
    // 0 = 2 x + y - 7 with y' = 1, y(0) = 1: x = (7 - y) / 2
    String sbml = model("<listOfParameters><parameter id=\"x\" constant=\"false\"/>"
        + "<parameter id=\"y\" value=\"1\" constant=\"false\"/></listOfParameters><listOfRules>"
        + "<algebraicRule>" + math(apply("minus", apply("plus", apply("times", cn(2), ci("x")), ci("y")), cn(7))) + "</algebraicRule>"
        + "<rateRule variable=\"y\">" + math(cn(1)) + "</rateRule></listOfRules>");
    SimulationResult r = Engine.fromString(sbml, "alg").simulate(request(2, 2, List.of("x", "y"), SolverKind.ROSENBROCK));
    assertThat(r.values()[0][0]).isCloseTo(3.0, within(1e-12));
    assertThat(r.values()[2][0]).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void delayReadsThePastIncludingBeforeTheStart() {
    // x = time (assignment rule), y = delay(x, 1): y = t - 1 at every t, also for t < 1
    String delaySymbol = "<csymbol encoding=\"text\" definitionURL=\"http://www.sbml.org/sbml/symbols/delay\">delay</csymbol>";
    String sbml = model("<listOfParameters><parameter id=\"x\" constant=\"false\"/><parameter id=\"y\" constant=\"false\"/>"
        + "<parameter id=\"z\" value=\"0\" constant=\"false\"/></listOfParameters><listOfRules>"
        + "<assignmentRule variable=\"x\">" + math(TIME) + "</assignmentRule>"
        + "<assignmentRule variable=\"y\">" + math("<apply>" + delaySymbol + ci("x") + cn(1) + "</apply>") + "</assignmentRule>"
        + "<rateRule variable=\"z\">" + math("<apply>" + delaySymbol + ci("x") + cn(0.5) + "</apply>") + "</rateRule>"
        + "</listOfRules>");
    SimulationResult r = Engine.fromString(sbml, "delay").simulate(request(3, 6, List.of("y", "z"), SolverKind.ROSENBROCK));
    for (int i = 0; i <= 6; i++) {
      double t = r.times()[i];
      assertThat(r.values()[i][0]).isCloseTo(t - 1, within(1e-9));
      assertThat(r.values()[i][1]).isCloseTo(t * t / 2 - 0.5 * t, within(1e-7)); // z' = t - 0.5
    }
  }

  @Test
  void aShortTimeWindowTriggerFiresWhateverTheOutputGrid() {
    // x = 1 once 1 < time < 1.5; with one output interval over 100 time units the window is 0.5% of it
    String sbml = model("<listOfParameters><parameter id=\"x\" value=\"0\" constant=\"false\"/></listOfParameters><listOfEvents>"
        + "<event id=\"E\" useValuesFromTriggerTime=\"true\"><trigger initialValue=\"false\" persistent=\"true\">"
        + math(apply("and", apply("gt", TIME, cn(1)), apply("lt", TIME, cn(1.5)))) + "</trigger>"
        + "<listOfEventAssignments><eventAssignment variable=\"x\">" + math(cn(1))
        + "</eventAssignment></listOfEventAssignments></event></listOfEvents>");
    CompiledModel m = Engine.fromString(sbml, "window");
    for (int steps : new int[] {1, 4, 100}) {
      SimulationResult r = m.simulate(request(100, steps, List.of("x"), SolverKind.ROSENBROCK));
      assertThat(r.values()[steps][0]).as("x(100) with %d output steps", steps).isEqualTo(1.0);
    }
  }

  @Test
  void rateOfASpeciesInACompartmentDefinedByARule() {
    // V = 1 + time (rule), S amount 1, no reactions: d[S]/dt = -1 / (1 + t)^2
    String sbml = model("<listOfCompartments><compartment id=\"V\" spatialDimensions=\"3\" constant=\"false\"/></listOfCompartments>"
        + "<listOfSpecies><species id=\"S\" compartment=\"V\" initialAmount=\"1\" hasOnlySubstanceUnits=\"false\" "
        + "boundaryCondition=\"false\" constant=\"false\"/></listOfSpecies>"
        + "<listOfParameters><parameter id=\"r\" constant=\"false\"/></listOfParameters><listOfRules>"
        + "<assignmentRule variable=\"V\">" + math(apply("plus", cn(1), TIME)) + "</assignmentRule>"
        + "<assignmentRule variable=\"r\">" + math("<apply><csymbol encoding=\"text\" "
        + "definitionURL=\"http://www.sbml.org/sbml/symbols/rateOf\">rateOf</csymbol>" + ci("S") + "</apply>")
        + "</assignmentRule></listOfRules>");
    SimulationResult r = Engine.fromString(sbml, "rateof").simulate(request(1, 2, List.of("r", "S"), SolverKind.ROSENBROCK));
    assertThat(r.value(2, "r")).isCloseTo(-0.25, within(1e-9));
    assertThat(r.value(2, "S")).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void requestsOutsideTheirDomainAreRejectedUpFront() {
    assertThatThrownBy(() -> new SimulationRequest(Double.NaN, 1, 1, List.of(), Set.of(), Set.of(), 1e-9, 1e-6,
        SolverKind.ROSENBROCK, Map.of())).hasMessageContaining("start");
    assertThatThrownBy(() -> new SimulationRequest(0, 1, Integer.MAX_VALUE, List.of(), Set.of(), Set.of(), 1e-9, 1e-6,
        SolverKind.ROSENBROCK, Map.of())).hasMessageContaining("steps");
    assertThatThrownBy(() -> new SimulationRequest(0, 1, 1, List.of(), Set.of(), Set.of(), 1e-9, 1e-6,
        SolverKind.ROSENBROCK, Map.of("k", Double.NaN))).hasMessageContaining("'k'");
  }

  @Test
  void unsupportedFeaturesFailWithAMessageNamingTheElementAndFeature() {
    String nonLinear = model("<listOfParameters><parameter id=\"x\" constant=\"false\"/></listOfParameters>"
        + "<listOfRules><algebraicRule metaid=\"ar1\">" + math(apply("minus", apply("times", ci("x"), ci("x")), cn(1)))
        + "</algebraicRule></listOfRules>");
    assertThatThrownBy(() -> Engine.fromString(nonLinear, "alg.xml"))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessageContaining("AlgebraicRule not linear").hasMessageContaining("ar1");
    String fast = decay(1.0, 1.0, 0.5).replace("level3/version2/core\" level=\"3\" version=\"2\"",
        "level3/version1/core\" level=\"3\" version=\"1\"").replace("reversible=\"false\"", "reversible=\"false\" fast=\"true\"");
    assertThatThrownBy(() -> Engine.fromString(fast, "fast.xml"))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessageContaining("fast reaction").hasMessageContaining("reaction 'R'");
    String qual = model("").replace("<sbml xmlns=", "<sbml xmlns:qual=\"http://www.sbml.org/sbml/level3/version1/qual/version1\" qual:required=\"true\" xmlns=");
    assertThatThrownBy(() -> Engine.fromString(qual, "qual.xml"))
        .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("'qual'").hasMessageContaining("qual.xml");
  }

  @Test
  void badInputIsReportedClearly() {
    CompiledModel m = Engine.fromString(decay(1.0, 1.0, 0.5), "decay");
    assertThatThrownBy(() -> m.simulate(request(1, 1, List.of("nope"), SolverKind.ROSENBROCK)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
    var badOverride = new SimulationRequest(0, 1, 1, List.of("S"), Set.of(), Set.of(), 1e-9, 1e-6,
        SolverKind.ROSENBROCK, Map.of("R", 1.0));
    assertThatThrownBy(() -> m.simulate(badOverride)).hasMessageContaining("kinetic law");
    assertThatThrownBy(() -> Engine.fromString("<sbml", "broken.xml"))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("broken.xml");
    String cyclic = model("<listOfParameters><parameter id=\"a\" constant=\"false\"/><parameter id=\"b\" constant=\"false\"/></listOfParameters>"
        + "<listOfRules><assignmentRule variable=\"a\">" + math(ci("b")) + "</assignmentRule>"
        + "<assignmentRule variable=\"b\">" + math(ci("a")) + "</assignmentRule></listOfRules>");
    assertThatThrownBy(() -> Engine.fromString(cyclic, "cyclic.xml")).hasMessageContaining("circular");
  }

  @Test
  void identifiersNeverReachGeneratedCode() {
    CompiledModel m = Engine.fromString(decay(1.0, 1.0, 0.5).replace("\"k\"", "\"kSecretName\"")
        .replace("<ci>k</ci>", "<ci>kSecretName</ci>"), "decay");
    String source = ((SbmlCompiledModel) m).generatedSource();
    assertThat(source).doesNotContain("kSecretName").doesNotContain("\"S\"");
    assertThat(m.simulate(request(1, 1, List.of("S"), SolverKind.ROSENBROCK)).values()[1][0])
        .isCloseTo(Math.exp(-0.5), within(1e-8));
  }
}
