package org.regenarch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.regenarch.model.FittedPatient;
import org.regenarch.model.Patient;
import org.regenarch.model.PatientFile;
import org.regenarch.model.Presets;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --preset NAME | --patient FILE.yaml}: which patient to simulate. */
final class PatientSource {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Choice choice;

  static final class Choice {
    @Option(names = "--preset", paramLabel = "NAME",
        description = "Example patient: healthy, compensated-hbv, decompensated-hbv, decompensated-alcohol, "
            + "decompensated-hcv, decompensated-masld, pbc.")
    String preset;

    @Option(names = "--patient", paramLabel = "FILE.yaml", description = "Patient YAML file (etiology, labs, ...).")
    Path file;
  }

  Patient patient() {
    return resolve(choice.preset, choice.file);
  }

  static Patient resolve(String preset, Path file) {
    if (preset != null) {
      return Presets.get(preset);
    }
    if (!Files.isRegularFile(file)) {
      throw new ExitCodes.InvalidInputException("patient file " + file + " does not exist");
    }
    return PatientFile.read(file);
  }

  FittedPatient fitted() {
    return PatientRuntime.fitter().fit(patient());
  }
}
