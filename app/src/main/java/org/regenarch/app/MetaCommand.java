package org.regenarch.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regenarch.evidence.meta.Convergence;
import org.regenarch.evidence.meta.Measure;
import org.regenarch.evidence.meta.MetaAnalysis;
import org.regenarch.evidence.meta.MetaCsv;
import org.regenarch.evidence.meta.MetaReport;
import org.regenarch.evidence.meta.MetaReportJson;
import org.regenarch.evidence.meta.MetaReportText;
import org.regenarch.evidence.meta.MetaRequest;
import org.regenarch.evidence.meta.PoolingMethod;
import org.regenarch.evidence.meta.TestType;
import org.regenarch.evidence.plot.ForestPlot;
import org.regenarch.evidence.plot.FunnelPlot;
import org.regenarch.evidence.plot.SvgFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code regenarch meta}: metafor-compatible meta-analysis of a study-level CSV. With
 * {@code --format json} stdout carries the JSON alone; warnings and errors go to stderr.
 */
@Command(name = "meta", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Meta-analysis of study-level data (metafor-compatible).")
final class MetaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "Study-level CSV with a 'study' column.")
  Path data;

  @Option(names = "--measure", required = true, paramLabel = "MD|SMD|ROM|RR|OR|RD|GEN", description = "Effect measure.")
  Measure measure;

  @Option(names = "--method", required = true, paramLabel = "FE|DL|REML|ML|PM|SJ|HE|EB|HS|MH|PETO", description = "Pooling method.")
  PoolingMethod method;

  @Option(names = "--test", defaultValue = "z", paramLabel = "z|knha", description = "z or Knapp-Hartung (default: ${DEFAULT-VALUE}).")
  String test;

  @Option(names = "--subgroup", paramLabel = "COLUMN", description = "Subgroup analysis by this column.")
  String subgroup;

  @Option(names = "--moderators", split = ",", paramLabel = "COL", description = "Meta-regression on these columns.")
  List<String> moderators = List.of();

  @Option(names = "--leave-one-out", description = "Leave-one-out analysis.")
  boolean leaveOneOut;

  @Option(names = "--cumulative", description = "Cumulative meta-analysis in file order.")
  boolean cumulative;

  @Option(names = "--egger", description = "Egger's regression test (metafor regtest default).")
  boolean egger;

  @Option(names = "--trimfill", description = "Trim-and-fill (L0 estimator).")
  boolean trimfill;

  @Option(names = "--forest", paramLabel = "OUT.svg", description = "Write a forest plot (SVG).")
  Path forest;

  @Option(names = "--funnel", paramLabel = "OUT.svg", description = "Write a funnel plot (SVG).")
  Path funnel;

  @Option(names = "--exact", description = "Solve iterative estimators (REML, ML, EB, PM) and the tau2 Q-profile CI "
      + "exactly instead of stopping where metafor's default settings stop (default: metafor-compatible numbers).")
  boolean exact;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ExitCodes.InvalidInputException("--format must be text or json, got '" + format + "'");
    }
    MetaRequest req = new MetaRequest(measure, method, TestType.parse(test), subgroup, moderators,
        leaveOneOut, cumulative, egger, trimfill, Convergence.of(exact));
    MetaReport report = MetaAnalysis.run(MetaCsv.read(data), req);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (String w : report.warnings()) {
      err.println("warning: " + w);
    }
    if (forest != null) {
      SvgFiles.writeAtomically(forest, ForestPlot.render(report));
    }
    if (funnel != null) {
      SvgFiles.writeAtomically(funnel, FunnelPlot.render(report));
    }
    out.print(format.equals("json") ? MetaReportJson.write(report) + System.lineSeparator() : MetaReportText.write(report));
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }
}
