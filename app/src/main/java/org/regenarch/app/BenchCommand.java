package org.regenarch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.regenarch.engine.CompiledModel;
import org.regenarch.engine.Engine;
import org.regenarch.engine.sim.SolverKind;
import org.regenarch.engine.testsuite.SuiteCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the engine: load+compile time and time per simulation, for both solvers.",
      "Models: a few SBML Test Suite cases and the sosbench set (BioModels 9, 14, 22, 33, the "
          + "repressilator, 10001; byte-identical model+settings pairs are measured once), each at its "
          + "settings file's tolerances. Times: median of --runs timed runs after --warmup untimed "
          + "runs, all in one JVM; each single load or simulation is limited to --limit seconds.",
      "ratio: the row's simulation time divided by that of the reference row (--reference, by "
          + "default the first row with a result: suite case 00001 with the first solver), measured "
          + "in the same run, so ratios compare across machines and sessions.",
      ""
    },
    footer = {"", "Exit codes: 0 ok (rows may report errors), 2 invalid input."})
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--models", paramLabel = "DIR",
      description = "sosbench folder (default: <regenarch.home>/engine/src/test/resources/sosbench).")
  Path models;

  @Option(names = "--suite-cases", split = ",", paramLabel = "N", defaultValue = "1,26,300,1000,1100",
      description = "SBML Test Suite case numbers to include (default ${DEFAULT-VALUE}; 0 for none).")
  List<Integer> suiteCases;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs per measurement (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed warm-up runs (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--solvers", split = ",", paramLabel = "NAME", defaultValue = "rosenbrock,dormand-prince",
      description = "Solvers to time (default ${DEFAULT-VALUE}).")
  List<String> solvers;

  @Option(names = "--limit", defaultValue = "60", paramLabel = "SECONDS",
      description = "Time limit per single load or simulation (default ${DEFAULT-VALUE} s).")
  double limitSeconds;

  @Option(names = "--reference", paramLabel = "MODEL",
      description = "Row whose simulation time is 1.0 in the ratio column, e.g. sosbench/00022 (default: the first row with a result).")
  String reference;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
  String format;

  /** How models are compiled; tests replace it with a fake. */
  Function<Path, CompiledModel> loader = Engine::load;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new ExitCodes.InvalidInputException("--format must be text or json, got '" + format + "'");
    }
    if (runs < 1 || warmup < 0 || !(limitSeconds > 0)) {
      throw new ExitCodes.InvalidInputException("need --runs >= 1, --warmup >= 0, --limit > 0");
    }
    List<SolverKind> kinds = solvers.stream().map(SolverKind::fromName).toList();
    List<Benchmark.Case> cases = new ArrayList<>(suiteCases());
    cases.addAll(sosbench(models != null ? models : RegenarchHome.sosbenchDir()));
    if (reference != null && cases.stream().noneMatch(c -> c.name().equals(reference))) {
      throw new ExitCodes.InvalidInputException("--reference " + reference + " is not among the models "
          + cases.stream().map(Benchmark.Case::name).toList());
    }
    List<Benchmark.Row> rows = new Benchmark(loader, warmup, runs, Math.round(limitSeconds * 1000))
        .run(cases, kinds, reference);
    PrintWriter out = spec.commandLine().getOut();
    out.println(fmt.equals("json") ? Provenance.JSON.writeValueAsString(rows) : table(rows));
    out.flush();
    return ExitCodes.OK;
  }

  private List<Benchmark.Case> suiteCases() {
    Path semantic = RegenarchHome.suiteDir().resolve("semantic");
    Set<Integer> wanted = new HashSet<>(suiteCases);
    wanted.remove(0);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<SuiteCase> found = SuiteCase.discover(semantic, wanted::contains);
    if (found.size() != wanted.size()) {
      throw new ExitCodes.InvalidInputException("--suite-cases: not all of " + wanted + " found in " + semantic);
    }
    return found.stream().map(c -> new Benchmark.Case("suite/" + c.id(), c.model(), c.settings())).toList();
  }

  /** One case per sosbench folder (an .xml model and a -settings.txt); identical model+settings once. */
  static List<Benchmark.Case> sosbench(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ExitCodes.InvalidInputException("benchmark folder not found: " + dir);
    }
    List<Benchmark.Case> cases = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path f : folders.filter(Files::isDirectory).sorted().toList()) {
        Path model = only(f, ".xml");
        Path settings = only(f, "-settings.txt");
        if (model == null || settings == null) {
          continue;
        }
        if (seen.add(Provenance.sha256(model) + Provenance.sha256(settings))) {
          cases.add(new Benchmark.Case("sosbench/" + f.getFileName(), model, settings));
        }
      }
    }
    return cases;
  }

  private static Path only(Path folder, String suffix) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> hits = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
      return hits.size() == 1 ? hits.get(0) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  static String table(List<Benchmark.Row> rows) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-20s %-15s %12s %12s %5s %8s%n",
        "model", "solver", "load+compile", "simulation", "runs", "ratio"));
    s.append(String.format(Locale.ROOT, "%-20s %-15s %12s %12s %5s %8s%n", "", "", "ms (median)", "ms (median)", "", ""));
    for (Benchmark.Row r : rows) {
      if (r.error() != null) {
        s.append(String.format(Locale.ROOT, "%-20s %-15s %12s %s%n", r.model(), r.solver(),
            Double.isNaN(r.loadMs()) ? "-" : String.format(Locale.ROOT, "%.1f", r.loadMs()), r.error()));
      } else {
        s.append(String.format(Locale.ROOT, "%-20s %-15s %12.1f %12.3f %5d %8.2f%n",
            r.model(), r.solver(), r.loadMs(), r.simMs(), r.runs(), r.ratio()));
      }
    }
    return s.toString().stripTrailing();
  }
}
