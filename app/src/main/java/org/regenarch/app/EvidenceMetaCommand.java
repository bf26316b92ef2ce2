package org.regenarch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.regenarch.evidence.base.EffectRow;
import org.regenarch.evidence.base.EffectRows;
import org.regenarch.evidence.base.Enums;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evidence meta ENDPOINT TIMEPOINT [meta options]}: builds the per-study MSC-vs-control rows
 * from the curated outcomes and runs the {@code meta} command on them, so every option of
 * {@code meta} (--measure, --method, --test, --subgroup, --forest, ...) works here unchanged. The
 * rows carry the moderator columns condition, design, cell_source and route. Without --measure,
 * RR (events) or MD (means) is used; without --method, REML (metafor's default).
 */
@Command(name = "meta", mixinStandardHelpOptions = true,
    description = {"Meta-analysis of one endpoint at one timepoint from the curated outcomes.",
        "Other options are passed to 'regenarch meta' (see 'regenarch meta --help');",
        "defaults: --measure RR (events) or MD (means), --method REML.",
        "TIMEPOINT is a key such as baseline, 24w, 6mo, or not-stated."})
final class EvidenceMetaCommand implements Callable<Integer> {
  /** Used when --method is not given: REML, metafor's rma() default. */
  static final String DEFAULT_METHOD = "REML";

  @Spec CommandSpec spec;
  @Mixin EvidenceOptions opts;

  @Parameters(index = "0", paramLabel = "ENDPOINT", description = "Endpoint key, e.g. meld, albumin, death")
  String endpoint;

  @Parameters(index = "1", paramLabel = "TIMEPOINT", description = "Timepoint key, e.g. 48w, 6mo, baseline, not-stated")
  String timepoint;

  @Option(names = "--population", split = ",", paramLabel = "P", description = "Only these populations (cirrhosis, aclf, ...)")
  List<String> populations;

  @Option(names = "--include-unverified", description = "Include studies whose product is not confirmed as MSC")
  boolean includeUnverified;

  @Option(names = "--assume-sd", description = "Read 'mean ± x' of unstated kind as mean ± SD (reported as a note)")
  boolean assumeSd;

  @Option(names = "--median-mean", paramLabel = "luo|wan", defaultValue = "luo",
      description = "Mean from a median with IQR/range: luo (Luo 2018, default) or wan (Wan 2014); SD always Wan 2014")
  String medianMean;

  @Option(names = "--write-data", paramLabel = "FILE.csv", description = "Keep the generated meta input CSV here")
  Path writeData;

  @Unmatched List<String> metaArgs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    boolean json = opts.json();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (metaArgs.stream().anyMatch(a -> a.equals("--data") || a.startsWith("--data="))) {
      throw new ExitCodes.InvalidInputException("evidence meta builds --data itself; use 'regenarch meta --data' for own data");
    }
    var options = new EffectRows.Options(EvidenceOptions.enums(Enums.Condition.class, populations, "--population"),
        includeUnverified, assumeSd, luoMean());
    EffectRows.Result rows = EffectRows.build(opts.load(), endpoint, timepoint, options);
    PrintWriter notes = json ? err : out;
    rows.excluded().forEach((id, why) -> notes.println("excluded " + id + ": " + why));
    rows.warnings().forEach(w -> err.println("warning: " + w));
    if (rows.rows().isEmpty()) {
      throw new ExitCodes.InvalidInputException("no study reports '" + endpoint + "' at '" + timepoint
          + "' for both an MSC and a control arm" + (rows.excluded().isEmpty() ? " (see 'evidence list --endpoint "
          + endpoint + "' and 'evidence show ID' for the timepoints)" : ""));
    }
    if (!json) {
      out.println("Rows for " + endpoint + " @ " + timepoint + " (group 1 = MSC, group 2 = control):");
      out.print(rows.toCsv());
      for (EffectRow r : rows.rows()) {
        r.notes().forEach(n -> out.println("note " + r.study() + ": " + n));
      }
      out.println();
    }
    out.flush();
    err.flush();
    Path csv = writeCsv(rows.toCsv());
    try {
      List<String> args = new ArrayList<>(List.of("meta", "--data", csv.toString()));
      if (!given("--measure")) {
        args.addAll(List.of("--measure", rows.rows().get(0).binary() ? "RR" : "MD"));
      }
      if (!given("--method")) {
        args.addAll(List.of("--method", DEFAULT_METHOD));
      }
      args.addAll(metaArgs);
      args.addAll(List.of("--format", json ? "json" : "text"));
      CommandLine meta = RegenarchCli.newCommandLine();
      meta.setOut(out);
      meta.setErr(err);
      int code = meta.execute(args.toArray(String[]::new));
      if (code != ExitCodes.OK && !json) {
        out.println("(meta-analysis step failed with exit code " + code + "; the rows above are the input it was given)");
      }
      return code;
    } finally {
      if (writeData == null) {
        Files.deleteIfExists(csv);
      }
    }
  }

  private boolean given(String option) {
    return metaArgs.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
  }

  private boolean luoMean() {
    return switch (medianMean.toLowerCase(java.util.Locale.ROOT)) {
      case "luo" -> true;
      case "wan" -> false;
      default -> throw new ExitCodes.InvalidInputException("--median-mean: expected luo or wan, found '" + medianMean + "'");
    };
  }

  private Path writeCsv(String text) throws IOException {
    if (writeData == null) {
      Path tmp = Files.createTempFile("regenarch-evidence-meta-", ".csv");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      return tmp;
    }
    Path dir = writeData.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".tmp-", ".csv");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    return Files.move(tmp, writeData, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
