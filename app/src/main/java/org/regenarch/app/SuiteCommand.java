package org.regenarch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.io.AtomicFiles;
import org.regenarch.engine.sim.SolverKind;
import org.regenarch.engine.testsuite.MarkdownReport;
import org.regenarch.engine.testsuite.SuiteCase;
import org.regenarch.engine.testsuite.SuiteReport;
import org.regenarch.engine.testsuite.TestSuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "suite",
    mixinStandardHelpOptions = true,
    description = {
      "Run the SBML Test Suite (the vendored L3V2 semantic cases) and print the score.",
      "Cases run in parallel on all cores, each under a time limit, judged by the suite's rule "
          + "|expected - simulated| <= absolute + relative * |expected| with the case's tolerances. "
          + "Non-core cases: tags AlgebraicRule, comp:*, fbc:*, FastReaction, CSymbolDelay, "
          + "DelayInTrigger, RandomEventExecution, or testType FluxBalanceSteadyState.",
      ""
    },
    footer = {"", "Exit codes: 0 the suite ran (whatever the score; see --min-passes), 1 fewer passes than --min-passes, 2 invalid input."})
final class SuiteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--cases", paramLabel = "DIR",
      description = "Folder of NNNNN/ case folders (default: <regenarch.home>/engine/src/test/resources/sbml-test-suite/semantic).")
  Path cases;

  @Option(names = "--only", paramLabel = "RANGES", description = "Case numbers to run, e.g. 1-100 or 1-10,42.")
  String only;

  @Option(names = "--report", paramLabel = "FILE.md", description = "Also write the Markdown report (passes per tag, failing cases).")
  Path report;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--timeout", defaultValue = "20", paramLabel = "SECONDS", description = "Per-case time limit (default ${DEFAULT-VALUE} s).")
  double timeoutSeconds;

  @Option(names = "--threads", description = "Cases run at once (default: all cores).")
  Integer threads;

  @Option(names = "--solver", paramLabel = "NAME", defaultValue = "rosenbrock", description = "rosenbrock or dormand-prince (default ${DEFAULT-VALUE}).")
  String solver;

  @Option(names = "--min-passes", paramLabel = "N", description = "Exit 1 when fewer than N cases pass.")
  Integer minPasses;

  /** How models are compiled; tests replace it with a fake. */
  Function<Path, CompiledModel> loader = Engine::load;

  @Override
  public Integer call() {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new ExitCodes.InvalidInputException("--format must be text or json, got '" + format + "'");
    }
    if (!(timeoutSeconds > 0)) {
      throw new ExitCodes.InvalidInputException("--timeout must be > 0 seconds, got " + timeoutSeconds);
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new ExitCodes.InvalidInputException("--threads must be >= 1, got " + n);
    }
    Path dir = cases != null ? cases : RegenarchHome.suiteDir().resolve("semantic");
    List<SuiteCase> selected = SuiteCase.discover(dir, only == null ? CaseRanges.all() : CaseRanges.parse(only));
    if (selected.isEmpty()) {
      throw new ExitCodes.InvalidInputException("no L3V2 cases in " + dir + (only == null ? "" : " for --only " + only));
    }
    TestSuiteRunner runner = new TestSuiteRunner(
        loader, Duration.ofMillis(Math.round(timeoutSeconds * 1000)), n, SolverKind.fromName(solver));
    SuiteReport r = runner.run(selected);
    String version = suiteVersion(dir);
    if (report != null) {
      AtomicFiles.writeString(report, MarkdownReport.render(r, version));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      out.println(json(r, version));
    } else {
      out.println(text(r, version));
    }
    out.flush();
    return minPasses != null && r.passes() < minPasses ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  static String text(SuiteReport r, String version) {
    SuiteReport.Counts a = r.all();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "SBML Test Suite %s (L3V2): %d of %d cases pass (core %d of %d, non-core %d of %d) in %.1f s%n",
        version, a.pass(), a.cases(), r.core().pass(), r.core().cases(), r.nonCore().pass(),
        r.nonCore().cases(), r.wallTime().toMillis() / 1000.0));
    s.append(String.format(Locale.ROOT, "  fail %d, unsupported %d, error %d, timeout %d",
        a.fail(), a.unsupported(), a.error(), a.timeout()));
    return s.toString();
  }

  static String json(SuiteReport r, String version) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("suiteVersion", version);
    root.put("solver", r.solver().cliName());
    root.put("threads", r.threads());
    root.put("timeoutSeconds", r.timeout().toMillis() / 1000.0);
    root.put("wallSeconds", r.wallTime().toMillis() / 1000.0);
    root.put("all", r.all());
    root.put("core", r.core());
    root.put("nonCore", r.nonCore());
    root.put("cases", r.outcomes().stream().map(o -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", o.id());
      c.put("status", o.status().label());
      c.put("core", o.tags().isCore());
      c.put("millis", o.millis());
      c.put("message", o.message());
      return c;
    }).toList());
    try {
      return Provenance.JSON.copy().disable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render suite summary as JSON", e);
    }
  }

  /** The suite version from VERSION.txt next to the semantic folder, or "unknown". */
  static String suiteVersion(Path semanticDir) {
    Path v = semanticDir.toAbsolutePath().normalize().resolveSibling("VERSION.txt");
    try {
      return Files.isRegularFile(v) ? Files.readString(v).strip() : "unknown";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + v + ": " + e.getMessage(), e);
    }
  }
}
