package org.regenarch.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.regenarch.engine.io.AtomicFiles;
import org.regenarch.model.FittedPatient;
import org.regenarch.model.Modes;
import org.regenarch.model.PatientSimulator;
import org.regenarch.model.RunRecord;
import org.regenarch.model.TherapySpec;
import org.regenarch.model.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate one patient (a preset or a YAML file) with MSC/EV therapies and print a short clinical summary "
          + "(baseline and weeks 4/12/24/48).",
      "SPEC = product:route:dose:days=d1,d2,...[:allogeneic|:autologous], e.g. "
          + "uc-msc:peripheral-vein:1e6/kg:days=0,28,56 or msc-ev:peripheral-vein:100ug/kg:days=0,7,14.",
      "--out writes the full time course (CSV or JSON) with a provenance sidecar FILE.json; "
          + "--format without --out prints the time course instead of the summary."})
final class PatientSimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PatientSource source;

  @Option(names = "--therapy", paramLabel = "SPEC", description = "Therapy (repeatable).")
  List<String> therapies = new ArrayList<>();

  @Option(names = "--days", paramLabel = "N", defaultValue = "336", description = "Days to simulate (default ${DEFAULT-VALUE}).")
  double days;

  @Option(names = "--every", paramLabel = "DAYS",
      description = "Output interval in days; fractions allowed (0.0416667 = hourly; default 7, or --days when shorter). "
          + "Rows are at multiples of it, never after --days; an interval that divides --days (up to the rounding "
          + "of the decimal given) ends exactly on --days.")
  Double everyOption;

  /** Default output interval in days (weekly). */
  private static final double DEFAULT_EVERY_DAYS = 7;

  @Option(names = "--mode", paramLabel = "NAME=on|off",
      description = "Switch a mode of action: immune, regenerative, antifibrotic, differentiation, ev (repeatable).")
  List<String> modes = new ArrayList<>();

  @Option(names = "--compare-control", description = "Also simulate the same patient without therapy (columns *_control).")
  boolean compareControl;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the time course here (and FILE.csv.json beside it).")
  Path out;

  @Option(names = "--format", paramLabel = "csv|json", description = "Time-course format (default csv).")
  String format;

  @Override
  public Integer call() {
    String fmt = format == null ? "csv" : format.trim().toLowerCase(Locale.ROOT);
    if (!fmt.equals("csv") && !fmt.equals("json")) {
      throw new ExitCodes.InvalidInputException("--format must be csv or json, got '" + format + "'");
    }
    List<TherapySpec> specs = therapies.stream().map(TherapySpec::parse).toList();
    Modes m = Modes.ALL_ON.with(modes);
    FittedPatient p = source.fitted();
    PatientSimulator sim = new PatientSimulator(PatientRuntime.model());
    double every = everyOption != null ? everyOption : Math.min(DEFAULT_EVERY_DAYS, days);
    Trajectory t = sim.simulate(p, specs, m, days, every);
    Trajectory c = compareControl ? sim.simulate(p, List.of(), m, days, every) : null;
    RunRecord record = RunRecord.of(Versions.softwareVersion(), PatientRuntime.model(), p, specs, m, days, every,
        compareControl, sim.overrides(p, specs, m));
    PatientRun run = new PatientRun(p, specs, m, t, c, record);
    var stdout = spec.commandLine().getOut();
    if (out != null) {
      AtomicFiles.writeString(out, fmt.equals("csv") ? PatientTable.csv(run) : PatientTable.json(run));
      AtomicFiles.writeString(out.resolveSibling(out.getFileName() + ".json"), PatientTable.recordJson(record));
      stdout.print(PatientSummary.text(run));
      stdout.println("Time course: " + out + " (provenance: " + out.getFileName() + ".json)");
    } else if (format != null) {
      if (fmt.equals("csv")) {
        // stdout carries plain CSV; the provenance record goes beside it on stderr.
        spec.commandLine().getErr().println("provenance: " + PatientTable.recordJson(record).replaceAll("\\s*\\n\\s*", " ").trim());
        stdout.print(PatientTable.csv(run));
      } else {
        stdout.print(PatientTable.json(run));
      }
    } else {
      stdout.print(PatientSummary.text(run));
    }
    stdout.flush();
    return ExitCodes.OK;
  }
}
