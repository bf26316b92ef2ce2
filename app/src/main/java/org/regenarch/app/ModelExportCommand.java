package org.regenarch.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regenarch.engine.io.AtomicFiles;
import org.regenarch.model.CirrhosisModel;
import org.regenarch.model.FittedPatient;
import org.regenarch.model.Modes;
import org.regenarch.model.PatientSimulator;
import org.regenarch.model.TherapySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the model as SBML Level 3 Version 2 (SBO terms, MIRIAM annotations): exactly the text the engine "
          + "compiles for every patient run.",
      "With --preset/--patient (and --therapy) the patient's fitted state and the dose events are written into "
          + "the file, so './regenarch simulate MODEL.xml' reproduces that run."})
final class ModelExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "MODEL.xml", description = "Output SBML file.")
  Path out;

  @Option(names = "--preset", paramLabel = "NAME", description = "Write this preset patient's fitted state.")
  String preset;

  @Option(names = "--patient", paramLabel = "FILE.yaml", description = "Write this patient's fitted state.")
  Path patient;

  @Option(names = "--therapy", paramLabel = "SPEC", description = "Therapy to write as events (needs a patient).")
  List<String> therapies = new ArrayList<>();

  @Override
  public Integer call() {
    CirrhosisModel model = PatientRuntime.model();
    String sbml;
    if (preset != null && patient != null) {
      throw new ExitCodes.InvalidInputException("give --preset or --patient, not both");
    }
    if (preset == null && patient == null) {
      if (!therapies.isEmpty()) {
        throw new ExitCodes.InvalidInputException("--therapy needs --preset or --patient");
      }
      sbml = model.sbml();
    } else {
      FittedPatient p = PatientRuntime.fitter().fit(PatientSource.resolve(preset, patient));
      List<TherapySpec> specs = therapies.stream().map(TherapySpec::parse).toList();
      Map<String, Double> overrides = new PatientSimulator(model).overrides(p, specs, Modes.ALL_ON);
      sbml = model.sbmlWith(overrides);
    }
    AtomicFiles.writeString(out, sbml);
    spec.commandLine().getOut().println("wrote " + out + " (SBML L3V2, model sha256 " + model.modelHash() + ")");
    return ExitCodes.OK;
  }
}
