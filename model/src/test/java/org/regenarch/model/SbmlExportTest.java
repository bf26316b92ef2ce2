package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.sim.SimulationRequest;
import org.regenarch.engine.sim.SimulationResult;
import org.regenarch.engine.sim.SolverKind;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;

class SbmlExportTest {
  static final List<String> VARS = List.of("H", "Alb", "Bili", "inr", "collagen_total", "hvpg", "MSC_lung",
      "MSC_liver", "survival_probability", "EV_cargo");

  @Test
  void exportIsLevel3Version2WithSboTermsAndMiriamAnnotations() throws Exception {
    SBMLDocument doc = new SBMLReader().readSBMLFromString(Fixtures.MODEL.sbml());
    assertThat(doc.getLevel()).isEqualTo(3);
    assertThat(doc.getVersion()).isEqualTo(2);
    var m = doc.getModel();
    assertThat(m.getListOfSpecies()).allSatisfy(s -> assertThat(s.getSBOTerm()).as(s.getId()).isPositive());
    assertThat(m.getListOfReactions()).allSatisfy(r -> assertThat(r.getSBOTerm()).as(r.getId()).isPositive());
    assertThat(m.getSpecies("HGF").getCVTerm(0).getResources()).contains("https://identifiers.org/uniprot/P14210");
    assertThat(m.getSpecies("VEGF").getCVTerm(0).getResources()).contains("https://identifiers.org/uniprot/P15692");
    assertThat(m.getSpecies("TGFb").getCVTerm(0).getResources()).contains("https://identifiers.org/uniprot/P01137");
    assertThat(m.getEventCount()).isEqualTo(CirrhosisModelBuilder.DOSE_SLOTS);
    assertThat(m.getReactionCount()).isGreaterThan(40);
  }

  @Test
  void exportPassesJsbmlOfflineValidationWithoutIssues() throws Exception {
    SBMLDocument doc = new SBMLReader().readSBMLFromString(Fixtures.MODEL.sbml());
    int issues = doc.checkConsistencyOffline();
    StringBuilder messages = new StringBuilder();
    for (int i = 0; i < doc.getErrorCount(); i++) {
      messages.append(doc.getError(i).getCode()).append(' ').append(doc.getError(i).getMessage()).append('\n');
    }
    assertThat(issues).as(messages.toString()).isZero();
  }

  @Test
  void theExportedFileSimulatedByTheEngineGivesTheSameTrajectories(@TempDir Path dir) throws Exception {
    FittedPatient p = Fixtures.preset("decompensated-hbv");
    Map<String, Double> overrides = Fixtures.SIM.overrides(p,
        List.of(TherapySpec.parse(ModelChecks.UC_REGIMEN)), Modes.ALL_ON);
    Path file = dir.resolve("model.xml");
    Files.writeString(file, Fixtures.MODEL.sbmlWith(overrides));
    CompiledModel fromFile = Engine.load(file);
    SimulationResult exported = fromFile.simulate(new SimulationRequest(0, 168, 24, VARS, Set.of(), Set.of(),
        CirrhosisModel.ABS_TOL, CirrhosisModel.REL_TOL, SolverKind.ROSENBROCK, Map.of()));
    SimulationResult internal = Fixtures.MODEL.run(168, 24, VARS, overrides);
    for (int row = 0; row < internal.times().length; row++) {
      for (int c = 0; c < VARS.size(); c++) {
        double a = internal.values()[row][c];
        double b = exported.values()[row][c];
        assertThat(Math.abs(a - b)).as(VARS.get(c) + " at row " + row).isLessThanOrEqualTo(1e-6 * Math.max(1e-3, Math.abs(a)));
      }
    }
    // The therapy is in the file: cells arrived and acted.
    assertThat(exported.value(1, "MSC_lung") + exported.value(1, "MSC_liver")).isPositive();
  }

  @Test
  void theStandardExportIsWhatTheEngineCompiles() {
    assertThat(Fixtures.MODEL.sbmlWith(Map.of())).isEqualTo(Fixtures.MODEL.sbml());
    assertThat(Fixtures.MODEL.modelHash()).isEqualTo(Engine.fromString(Fixtures.MODEL.sbml(), "x").modelHash());
  }
}
