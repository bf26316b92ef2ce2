package org.regenarch.engine.sbml.comp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.regenarch.engine.SbmlSnippets.TIME;
import static org.regenarch.engine.SbmlSnippets.apply;
import static org.regenarch.engine.SbmlSnippets.ci;
import static org.regenarch.engine.SbmlSnippets.cn;
import static org.regenarch.engine.SbmlSnippets.math;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.UnsupportedFeatureException;
import org.regenarch.engine.model.ModelDefinition;
import org.regenarch.engine.sbml.SbmlReader;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SimulationResult;
import org.regenarch.engine.sim.SolverKind;

/** Hand-written comp documents, each checking one flattening rule by structure and by simulation. */
class CompFlattenerTest {

  static final String COMP = "http://www.sbml.org/sbml/level3/version1/comp/version1";

  /** A comp document: main model content plus model definitions (each "id" -> content). */
  static String doc(String mainContent, Map<String, String> definitions) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\""
        + " xmlns:comp=\"" + COMP + "\" level=\"3\" version=\"2\" comp:required=\"true\">\n<model id=\"main\">"
        + mainContent + "</model>");
    if (!definitions.isEmpty()) {
      sb.append("<comp:listOfModelDefinitions>");
      definitions.forEach((id, content) -> sb.append("<comp:modelDefinition id=\"").append(id).append("\">")
          .append(content).append("</comp:modelDefinition>"));
      sb.append("</comp:listOfModelDefinitions>");
    }
    return sb.append("</sbml>").toString();
  }

  static String param(String id, double value, boolean constant, String extra) {
    return "<parameter id=\"" + id + "\" value=\"" + value + "\" constant=\"" + constant + "\">" + extra + "</parameter>";
  }

  static String replaces(String submodel, String attr, String ref) {
    return "<comp:listOfReplacedElements><comp:replacedElement comp:submodelRef=\"" + submodel + "\" comp:" + attr
        + "=\"" + ref + "\"/></comp:listOfReplacedElements>";
  }

  static String submodels(String... subs) {
    return "<comp:listOfSubmodels>" + String.join("", subs) + "</comp:listOfSubmodels>";
  }

  static String submodel(String id, String modelRef, String attrs, String inner) {
    return "<comp:submodel comp:id=\"" + id + "\" comp:modelRef=\"" + modelRef + "\" " + attrs + ">" + inner + "</comp:submodel>";
  }

  /** One compartment c, species S (amount s0) consumed by reaction R at rate k*S. */
  static final String DECAY = "<listOfCompartments><compartment id=\"c\" size=\"1\" spatialDimensions=\"3\" constant=\"true\"/></listOfCompartments>"
      + "<listOfSpecies><species id=\"S\" compartment=\"c\" initialAmount=\"1\" hasOnlySubstanceUnits=\"true\" boundaryCondition=\"false\" constant=\"false\"/></listOfSpecies>"
      + "<listOfParameters>" + param("k", 5, true, "") + "</listOfParameters>"
      + "<listOfReactions><reaction id=\"R\" reversible=\"false\"><listOfReactants><speciesReference species=\"S\" stoichiometry=\"1\" constant=\"true\"/></listOfReactants>"
      + "<kineticLaw>" + math(apply("times", ci("k"), ci("S"))) + "</kineticLaw></reaction></listOfReactions>";

  static SimulationResult simulate(String xml, double duration, int steps, String... vars) {
    CompiledModel m = Engine.fromString(xml, "test.xml");
    return m.simulate(new SimulationRequest(0, duration, steps, List.of(vars), Set.of(vars), Set.of(), 1e-12, 1e-10,
        SolverKind.ROSENBROCK, Map.of()));
  }

  static ModelDefinition read(String xml) {
    return SbmlReader.read(xml, "test.xml");
  }

  @Test
  void replacedParameterTakesTheMainModelValueAndSubmodelMathFollowsIt() {
    String xml = doc("<listOfParameters>" + param("k", 2, true, replaces("sub", "idRef", "k")) + "</listOfParameters>"
        + submodels(submodel("sub", "decay", "", "")), Map.of("decay", DECAY));

    ModelDefinition def = read(xml);
    assertThat(def.parameters()).extracting(ModelDefinition.Parameter::id).containsExactly("k");
    assertThat(def.species()).extracting(ModelDefinition.Species::id).containsExactly("sub__S");
    assertThat(def.reactions()).extracting(ModelDefinition.Reaction::id).containsExactly("sub__R");
    SimulationResult r = simulate(xml, 1, 10, "sub__S");
    assertThat(r.value(10, "sub__S")).isCloseTo(Math.exp(-2.0), within(1e-8)); // k = 2 (main), not 5 (submodel)
  }

  @Test
  void deletionRemovesTheReactionOfTheSubmodel() {
    String xml = doc(submodels(submodel("sub", "decay", "",
        "<comp:listOfDeletions><comp:deletion comp:idRef=\"R\"/></comp:listOfDeletions>")), Map.of("decay", DECAY));

    ModelDefinition def = read(xml);
    assertThat(def.reactions()).isEmpty();
    assertThat(def.parameters()).extracting(ModelDefinition.Parameter::id).containsExactly("sub__k");
    assertThat(simulate(xml, 1, 2, "sub__S").value(2, "sub__S")).isEqualTo(1.0);
  }

  @Test
  void replacementConversionFactorScalesReferencesAndAssignments() {
    // Submodel: x set by an initial assignment to 4, y = 3 x. The main model's x replaces it with
    // conversion factor conv = 2: x_sub = x / conv, so x = 8 and y = 3 * 8 / 2 = 12.
    String sub = "<listOfParameters>" + param("x", 1, true, "") + param("y", 0, false, "") + "</listOfParameters>"
        + "<listOfInitialAssignments><initialAssignment symbol=\"x\">" + math(cn(4)) + "</initialAssignment></listOfInitialAssignments>"
        + "<listOfRules><assignmentRule variable=\"y\">" + math(apply("times", cn(3), ci("x"))) + "</assignmentRule></listOfRules>";
    String xml = doc("<listOfParameters>" + param("conv", 2, true, "")
        + param("x", 10, true, "<comp:listOfReplacedElements><comp:replacedElement comp:submodelRef=\"A\" comp:idRef=\"x\""
            + " comp:conversionFactor=\"conv\"/></comp:listOfReplacedElements>")
        + "</listOfParameters>" + submodels(submodel("A", "sub", "", "")), Map.of("sub", sub));

    SimulationResult r = simulate(xml, 1, 1, "x", "A__y");
    assertThat(r.value(0, "x")).isCloseTo(8.0, within(1e-12));
    assertThat(r.value(1, "A__y")).isCloseTo(12.0, within(1e-12));
  }

  @Test
  void timeAndExtentConversionFactorsRescaleTheSubmodel() {
    // Submodel in minutes and mmol: clock = time, P produced at 1 (its extent per its time).
    // Main model in seconds and umol: tcf = 60, xcf = 1000, so clock = t / 60 and P grows at 1000 / 60 per second.
    String sub = "<listOfCompartments><compartment id=\"c\" size=\"1\" spatialDimensions=\"3\" constant=\"true\"/></listOfCompartments>"
        + "<listOfSpecies><species id=\"P\" compartment=\"c\" initialAmount=\"0\" hasOnlySubstanceUnits=\"true\" boundaryCondition=\"false\" constant=\"false\"/></listOfSpecies>"
        + "<listOfParameters>" + param("clock", 0, false, "") + "</listOfParameters>"
        + "<listOfRules><assignmentRule variable=\"clock\">" + math(TIME) + "</assignmentRule></listOfRules>"
        + "<listOfReactions><reaction id=\"make\" reversible=\"false\"><listOfProducts><speciesReference species=\"P\" stoichiometry=\"1\" constant=\"true\"/></listOfProducts>"
        + "<kineticLaw>" + math(cn(1)) + "</kineticLaw></reaction></listOfReactions>";
    String xml = doc("<listOfParameters>" + param("tcf", 60, true, "") + param("xcf", 1000, true, "") + "</listOfParameters>"
        + submodels(submodel("m", "sub", "comp:timeConversionFactor=\"tcf\" comp:extentConversionFactor=\"xcf\"", "")),
        Map.of("sub", sub));

    SimulationResult r = simulate(xml, 120, 2, "m__clock", "m__P");
    assertThat(r.value(2, "m__clock")).isCloseTo(2.0, within(1e-9));
    assertThat(r.value(2, "m__P")).isCloseTo(120 * 1000 / 60.0, within(1e-6));
  }

  @Test
  void nestedSubmodelsArePrefixedByPathAndReachedThroughPortsAndSBaseRefs() {
    String inner = "<listOfParameters>" + param("v", 7, true, "") + param("w", 0, false, "") + "</listOfParameters>"
        + "<listOfRules><assignmentRule variable=\"w\">" + math(apply("plus", ci("v"), cn(1))) + "</assignmentRule></listOfRules>"
        + "<comp:listOfPorts><comp:port comp:id=\"v_port\" comp:idRef=\"v\"/></comp:listOfPorts>";
    String middle = submodels(submodel("B", "inner", "", ""));
    String xml = doc("<listOfParameters>" + param("v", 3, true,
        "<comp:listOfReplacedElements><comp:replacedElement comp:submodelRef=\"A\" comp:idRef=\"B\">"
            + "<comp:sBaseRef comp:portRef=\"v_port\"/></comp:replacedElement></comp:listOfReplacedElements>")
        + "</listOfParameters>" + submodels(submodel("A", "middle", "", "")), Map.of("inner", inner, "middle", middle));

    ModelDefinition def = read(xml);
    assertThat(def.parameters()).extracting(ModelDefinition.Parameter::id).containsExactlyInAnyOrder("v", "A__B__w");
    assertThat(simulate(xml, 1, 1, "A__B__w").value(0, "A__B__w")).isCloseTo(4.0, within(1e-12));
  }

  @Test
  void replacedByHandsTheIdToTheSubmodelElement() {
    String sub = "<listOfParameters>" + param("q", 42, true, "") + param("twice", 0, false, "") + "</listOfParameters>"
        + "<listOfRules><assignmentRule variable=\"twice\">" + math(apply("times", cn(2), ci("q"))) + "</assignmentRule></listOfRules>";
    String xml = doc("<listOfParameters>" + param("p", 1, true,
        "<comp:replacedBy comp:submodelRef=\"s\" comp:idRef=\"q\"/>") + param("half", 0, false, "") + "</listOfParameters>"
        + "<listOfRules><assignmentRule variable=\"half\">" + math(apply("divide", ci("p"), cn(2))) + "</assignmentRule></listOfRules>"
        + submodels(submodel("s", "sub", "", "")), Map.of("sub", sub));

    SimulationResult r = simulate(xml, 1, 1, "p", "half", "s__twice");
    assertThat(r.value(0, "p")).isEqualTo(42.0);
    assertThat(r.value(0, "half")).isEqualTo(21.0);
    assertThat(r.value(0, "s__twice")).isEqualTo(84.0);
  }

  @Test
  void replacedLocalParameterRedirectsOnlyItsKineticLaw() {
    String sub = DECAY.replace("<kineticLaw>" + math(apply("times", ci("k"), ci("S"))) + "</kineticLaw>",
        "<kineticLaw>" + math(apply("times", ci("k"), ci("S")))
            + "<listOfLocalParameters><localParameter metaid=\"lp\" id=\"k\" value=\"100\"/></listOfLocalParameters></kineticLaw>");
    String xml = doc("<listOfParameters>" + param("rate", 3, true, replaces("sub", "metaIdRef", "lp")) + "</listOfParameters>"
        + submodels(submodel("sub", "decay", "", "")), Map.of("decay", sub));

    assertThat(simulate(xml, 1, 1, "sub__S").value(1, "sub__S")).isCloseTo(Math.exp(-3.0), within(1e-8));
  }

  @Test
  void externalModelDefinitionIsReadFromTheModelFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("lib.xml"), doc("", Map.of("decay", DECAY)));
    String main = doc("<listOfParameters>" + param("k", 1, true, replaces("e", "idRef", "k")) + "</listOfParameters>"
        + submodels(submodel("e", "ext", "", "")), Map.of())
        .replace("</sbml>", "<comp:listOfExternalModelDefinitions><comp:externalModelDefinition comp:id=\"ext\""
            + " comp:source=\"lib.xml\" comp:modelRef=\"decay\"/></comp:listOfExternalModelDefinitions></sbml>");
    Path file = dir.resolve("main.xml");
    Files.writeString(file, main);

    CompiledModel m = Engine.load(file);
    SimulationResult r = m.simulate(new SimulationRequest(0, 1, 1, List.of("e__S"), Set.of("e__S"), Set.of(), 1e-12, 1e-10,
        SolverKind.ROSENBROCK, Map.of()));
    assertThat(r.value(1, "e__S")).isCloseTo(Math.exp(-1.0), within(1e-8));

    // Without comp:modelRef the external file's main model is meant.
    Files.writeString(dir.resolve("plain.xml"), doc(DECAY, Map.of()));
    Path second = dir.resolve("second.xml");
    Files.writeString(second, main.replace("comp:source=\"lib.xml\" comp:modelRef=\"decay\"", "comp:source=\"plain.xml\""));
    assertThat(Files.readString(second)).doesNotContain("lib.xml").doesNotContain("modelRef=\"decay\"");
    assertThat(SbmlReader.read(second).species()).extracting(ModelDefinition.Species::id).containsExactly("e__S");

    Files.delete(dir.resolve("lib.xml"));
    assertThatThrownBy(() -> Engine.load(file)).isInstanceOf(ModelFormatException.class).hasMessageContaining("lib.xml");
  }

  @Test
  void outputHasNoCompLeft() {
    String xml = doc("<listOfParameters>" + param("k", 2, true, replaces("sub", "idRef", "k")) + "</listOfParameters>"
        + submodels(submodel("sub", "decay", "", "")), Map.of("decay", DECAY));
    String flat = CompFlattener.flatten(xml, null);
    assertThat(flat).doesNotContain(COMP).doesNotContain("comp:").contains("id=\"sub__S\"").contains("species=\"sub__S\"");
    assertThat(CompFlattener.usesComp(flat)).isFalse();
  }

  @Test
  void replacingAWholeSubmodelIsRejectedByName() {
    String xml = doc("<listOfParameters>" + param("k", 2, true, replaces("sub", "idRef", "inner")) + "</listOfParameters>"
        + submodels(submodel("sub", "outer", "", "")),
        Map.of("decay", DECAY, "outer", submodels(submodel("inner", "decay", "", ""))));
    assertThatThrownBy(() -> CompFlattener.flatten(xml, null)).isInstanceOf(UnsupportedFeatureException.class)
        .hasMessageContaining("replacing a whole comp:submodel").hasMessageContaining("replacedElement");
  }

  @Test
  void danglingReferencesAreErrorsNotGuesses() {
    String unknownRef = doc("<listOfParameters>" + param("k", 2, true, replaces("sub", "idRef", "nope")) + "</listOfParameters>"
        + submodels(submodel("sub", "decay", "", "")), Map.of("decay", DECAY));
    assertThatThrownBy(() -> CompFlattener.flatten(unknownRef, null)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("'nope'");
    String deletedButUsed = doc(submodels(submodel("sub", "decay", "",
        "<comp:listOfDeletions><comp:deletion comp:idRef=\"k\"/></comp:listOfDeletions>")), Map.of("decay", DECAY));
    assertThatThrownBy(() -> CompFlattener.flatten(deletedButUsed, null)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("refers to 'k'");
    String cycle = doc(submodels(submodel("a", "loop", "", "")), Map.of("loop", submodels(submodel("b", "loop", "", ""))));
    assertThatThrownBy(() -> CompFlattener.flatten(cycle, null)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("contains itself");
  }
}
