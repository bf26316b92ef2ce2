package org.regenarch.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.regenarch.evidence.base.Arm;
import org.regenarch.evidence.base.Outcome;
import org.regenarch.evidence.base.Study;
import org.regenarch.evidence.base.StudyWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evidence show ID}: one study with its arms, outcomes and sources. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show one study (by study id or registry id) with arms, outcomes and sources.")
final class EvidenceShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EvidenceOptions opts;

  @Parameters(index = "0", paramLabel = "ID", description = "Study id (e.g. Lin2017) or registry id (e.g. NCT01741090)")
  String id;

  @Override
  public Integer call() throws Exception {
    boolean json = opts.json();
    Study s = opts.load().find(id).orElseThrow(() -> new ExitCodes.InvalidInputException(
        "no study with id or registry id '" + id + "' (try 'regenarch evidence list')"));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(EvidenceOptions.JSON.writeValueAsString(StudyWriter.toMap(s)));
    } else {
      text(s, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void text(Study s, PrintWriter out) {
    out.println(s.id() + "  [" + s.kind() + "]");
    line(out, "registry ids", String.join(", ", s.registryIds()));
    line(out, "citation", s.citation());
    line(out, "doi / pmid", (s.doi() == null ? "-" : s.doi()) + " / " + (s.pmid() == null ? "-" : s.pmid()));
    line(out, "design", s.design() + (s.designAsPrinted() == null ? "" : "  (" + s.designAsPrinted() + ")"));
    line(out, "population", s.condition() + ": " + s.population() + "  etiology " + s.etiology());
    if (s.preclinical() != null) {
      line(out, "model", s.preclinical().species() + ", " + s.preclinical().injuryModel()
          + " (" + s.preclinical().injuryAsPrinted() + ")");
    }
    line(out, "country", s.country());
    line(out, "phase", s.phase());
    line(out, "status", s.status());
    line(out, "enrollment", s.enrollmentAsPrinted());
    line(out, "intervention", s.interventionAsPrinted());
    s.flags().forEach(f -> line(out, "flag", f));
    line(out, "source", s.source().toString());
    for (Arm a : s.arms()) {
      out.println("  arm " + a.id() + ": " + a.label() + " [" + a.role() + "] n=" + (a.nAsPrinted() != null ? a.nAsPrinted() : a.n())
          + (a.subgroupOf() == null ? "" : "  (subgroup of " + a.subgroupOf() + ")"));
      if (a.product() != null) {
        out.println("      product " + a.product().source() + "/" + a.product().donor() + "/" + a.product().type()
            + ", route " + a.route() + (a.routeAsPrinted() == null ? "" : " (" + a.routeAsPrinted() + ")"));
      }
      if (a.dose() != null) {
        out.println("      dose " + a.dose().asPrinted() + per(a));
      }
      if (a.comparatorAsPrinted() != null) {
        out.println("      comparator " + a.comparatorAsPrinted());
      }
      out.println("      source " + a.source());
    }
    for (Outcome o : s.outcomes()) {
      out.println("  outcome " + o.endpoint() + " @ " + (o.timepoint() == null ? "not stated" : o.timepoint())
          + " [" + o.armId() + "] " + o.statistic() + " " + o.values()
          + (o.unit() == null ? "" : " " + o.unit()) + (o.n() == null ? "" : " n=" + o.n()));
      out.println("      as printed: " + o.endpointAsPrinted() + " / " + o.timepointAsPrinted() + "; source " + o.source());
    }
  }

  private static String per(Arm a) {
    var d = a.dose();
    StringBuilder sb = new StringBuilder();
    if (d.cellsPerKgMin() != null) {
      sb.append("  [").append(d.cellsPerKgMin()).append("..").append(d.cellsPerKgMax()).append(" cells/kg]");
    }
    if (d.totalCellsMin() != null) {
      sb.append("  [").append(d.totalCellsMin()).append("..").append(d.totalCellsMax()).append(" cells]");
    }
    if (d.administrations() != null) {
      sb.append(" x").append(d.administrations());
    }
    return sb.toString();
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.printf("  %-13s %s%n", label, value);
    }
  }
}
