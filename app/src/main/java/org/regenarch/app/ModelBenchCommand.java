package org.regenarch.app;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regenarch.model.ModelBenchmark;
import org.regenarch.model.ModelChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Time one 2-year simulation of decompensated-hbv with the UC-MSC regimen (monthly output), "
        + "and the same run without therapy as the reference measured in the same run: medians after warm-up.")
final class ModelBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--warmup", description = "Untimed runs of each kind first (default ${DEFAULT-VALUE}).")
  int warmup = 30;

  @Option(names = "--runs", description = "Timed runs of each kind (default ${DEFAULT-VALUE}).")
  int runs = 31;

  @Option(names = "--format", description = "text or json (default ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  enum OutputFormat { text, json }

  @Override
  public Integer call() throws Exception {
    if (warmup < 0 || runs < 1) {
      throw new ExitCodes.InvalidInputException("--warmup must be >= 0 and --runs >= 1");
    }
    ModelBenchmark.Result r = ModelBenchmark.run(PatientRuntime.model(), warmup, runs);
    var out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(Map.of("regimen", ModelChecks.UC_REGIMEN, "days", 730, "runs", r.runs(),
              "therapy_ms", r.therapyMs(), "control_ms", r.controlMs(), "ratio", r.ratio(),
              "software_version", Versions.softwareVersion())));
    } else {
      out.printf(Locale.ROOT, "2-year run, decompensated-hbv, monthly output (median of %d after %d warm-up runs each):%n",
          r.runs(), warmup);
      out.printf(Locale.ROOT, "  with %s  %8.2f ms%n", ModelChecks.UC_REGIMEN, r.therapyMs());
      out.printf(Locale.ROOT, "  without therapy (reference)                        %8.2f ms%n", r.controlMs());
      out.printf(Locale.ROOT, "  ratio                                              %8.2f%n", r.ratio());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
