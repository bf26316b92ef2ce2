package org.regenarch.engine.fba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regenarch.engine.fba.FbcSnippets.FBC_V1;
import static org.regenarch.engine.fba.FbcSnippets.FBC_V2;
import static org.regenarch.engine.fba.FbcSnippets.document;
import static org.regenarch.engine.fba.FbcSnippets.objective;
import static org.regenarch.engine.fba.FbcSnippets.objectives;
import static org.regenarch.engine.fba.FbcSnippets.reaction;
import static org.regenarch.engine.fba.FbcSnippets.species;
import static org.regenarch.engine.fba.FbcSnippets.v1Bound;
import static org.regenarch.engine.fba.FbcSnippets.v2Bounds;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.ModelFormatException;

class FbcReaderTest {

  private static final String PARAMETERS = "<listOfParameters>"
      + "<parameter id=\"zero\" value=\"0\" constant=\"true\"/>"
      + "<parameter id=\"ten\" value=\"10\" constant=\"true\"/>"
      + "<parameter id=\"inf\" value=\"INF\" constant=\"true\"/>"
      + "<parameter id=\"ninf\" value=\"-INF\" constant=\"true\"/>"
      + "</listOfParameters>";

  @Test
  void version2ReadsBoundParametersStoichiometryWithoutBoundarySpeciesAndTheActiveObjective() {
    String xml = document(FBC_V2, species("_X", "A", "B", "_Y") + PARAMETERS
        + "<listOfReactions>"
        + reaction("up", "X -> A", v2Bounds("zero", "ten"))
        + reaction("conv", "2 A -> 3 B", v2Bounds("ninf", "inf"))
        + reaction("out", "B -> Y", v2Bounds("zero", "inf"))
        + "</listOfReactions>"
        + objectives("second", objective("first", "maximize", "out", "1"),
            objective("second", "minimize", "up", "2", "out", "0.5")));

    FluxBalanceProblem p = FbcReader.read(xml, "test.xml");

    assertThat(p.reactionIds()).containsExactly("up", "conv", "out");
    assertThat(p.balancedSpeciesIds()).containsExactly("A", "B");
    assertThat(p.stoichiometry()).isDeepEqualTo(new double[][] {{1, -2, 0}, {0, 3, -1}});
    assertThat(p.lowerBounds()).containsExactly(0, Double.NEGATIVE_INFINITY, 0);
    assertThat(p.upperBounds()).containsExactly(10, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    assertThat(p.objectiveId()).isEqualTo("second");
    assertThat(p.sense()).isEqualTo(ObjectiveSense.MINIMIZE);
    assertThat(p.objectiveCoefficients()).containsExactly(2, 0, 0.5);
  }

  @Test
  void version1BoundsIntersectAndAReactionWithoutBoundsIsFree() {
    String xml = document(FBC_V1, species("_X", "A", "_Y")
        + "<listOfReactions>" + reaction("up", "X -> A", "") + reaction("out", "A -> Y", "") + "</listOfReactions>"
        + "<fbc:listOfFluxBounds>"
        + v1Bound("up", "greaterEqual", "0") + v1Bound("up", "lessEqual", "5") + v1Bound("up", "lessEqual", "3")
        + "</fbc:listOfFluxBounds>"
        + objectives("obj", objective("obj", "maximize", "out", "1")));

    FluxBalanceProblem p = FbcReader.read(xml, "v1.xml");

    assertThat(p.lowerBounds()).containsExactly(0, Double.NEGATIVE_INFINITY);
    assertThat(p.upperBounds()).containsExactly(3, Double.POSITIVE_INFINITY);
    assertThat(p.sense()).isEqualTo(ObjectiveSense.MAXIMIZE);
  }

  @Test
  void version1EqualBoundFixesTheFlux() {
    String xml = document(FBC_V1, species("_X", "_Y")
        + "<listOfReactions>" + reaction("r", "X -> Y", "") + "</listOfReactions>"
        + "<fbc:listOfFluxBounds>" + v1Bound("r", "equal", "0.4") + "</fbc:listOfFluxBounds>"
        + objectives("obj", objective("obj", "maximize", "r", "1")));

    FluxBalanceProblem p = FbcReader.read(xml, "eq.xml");

    assertThat(p.lowerBounds()).containsExactly(0.4);
    assertThat(p.upperBounds()).containsExactly(0.4);
  }

  @Test
  void initialAssignmentsOverrideParameterValuesAndStoichiometries() throws IOException {
    // 01617: fb_0 has value="10" and an initial assignment to 0 (the assignment wins)
    FluxBalanceProblem p17 = FbcReader.read(suiteModel("01617"), "01617");
    int r01 = p17.reactionIds().indexOf("R01");
    assertThat(p17.lowerBounds()[r01]).isZero();
    assertThat(p17.upperBounds()[r01]).isEqualTo(1);

    // 01619: initial assignments of +/- infinity to bound parameters
    FluxBalanceProblem p19 = FbcReader.read(suiteModel("01619"), "01619");
    int r14 = p19.reactionIds().indexOf("R14");
    assertThat(p19.lowerBounds()[r14]).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(p19.upperBounds()[r14]).isEqualTo(Double.POSITIVE_INFINITY);

    // 01621: the stoichiometry of S in R25 is set by an initial assignment to 0.5
    FluxBalanceProblem p21 = FbcReader.read(suiteModel("01621"), "01621");
    int s = p21.balancedSpeciesIds().indexOf("S");
    assertThat(p21.stoichiometry()[s][p21.reactionIds().indexOf("R25")]).isEqualTo(0.5);
  }

  @Test
  void initialAssignmentToATransitivelyDefinedParameterIsEvaluated() {
    String xml = document(FBC_V2, species("_X", "_Y")
        + "<listOfParameters><parameter id=\"lb\" value=\"0\" constant=\"true\"/>"
        + "<parameter id=\"ub\" constant=\"true\"/><parameter id=\"half\" value=\"2.5\" constant=\"true\"/>"
        + "</listOfParameters>"
        + "<listOfInitialAssignments><initialAssignment symbol=\"ub\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
        + "<apply><times/><ci>half</ci><cn>4</cn></apply></math></initialAssignment></listOfInitialAssignments>"
        + "<listOfReactions>" + reaction("r", "X -> Y", v2Bounds("lb", "ub")) + "</listOfReactions>"
        + objectives("obj", objective("obj", "maximize", "r", "1")));

    assertThat(FbcReader.read(xml, "ia.xml").upperBounds()).containsExactly(10);
  }

  @Test
  void errorsNameTheModelAndTheElement() {
    String noObjective = document(FBC_V2, species("_X", "_Y") + PARAMETERS
        + "<listOfReactions>" + reaction("r", "X -> Y", v2Bounds("zero", "ten")) + "</listOfReactions>");
    assertThatThrownBy(() -> FbcReader.read(noObjective, "a.xml"))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("a.xml").hasMessageContaining("no objective");

    String missingParameter = document(FBC_V2, species("_X", "_Y") + PARAMETERS
        + "<listOfReactions>" + reaction("r", "X -> Y", v2Bounds("zero", "nope")) + "</listOfReactions>"
        + objectives("obj", objective("obj", "maximize", "r", "1")));
    assertThatThrownBy(() -> FbcReader.read(missingParameter, "b.xml"))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("b.xml: reaction 'r'").hasMessageContaining("'nope'");

    String wrongActive = document(FBC_V2, species("_X", "_Y") + PARAMETERS
        + "<listOfReactions>" + reaction("r", "X -> Y", v2Bounds("zero", "ten")) + "</listOfReactions>"
        + objectives("other", objective("obj", "maximize", "r", "1")));
    assertThatThrownBy(() -> FbcReader.read(wrongActive, "c.xml"))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("activeObjective 'other'");

    String noFbc = org.regenarch.engine.SbmlSnippets.decay(1, 1, 1);
    assertThatThrownBy(() -> FbcReader.read(noFbc, "d.xml"))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("does not use").hasMessageContaining("fbc");
  }

  static String suiteModel(String id) throws IOException {
    return Files.readString(FbcSuiteCasesTest.semanticDir().resolve(id).resolve(id + "-sbml-l3v2.xml"));
  }
}
