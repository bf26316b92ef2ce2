package org.regenarch.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regenarch.evidence.base.Study;
import org.regenarch.evidence.base.StudyWriter;
import org.regenarch.evidence.ctgov.CtgovImport;
import org.regenarch.evidence.ctgov.ImportReport;
import org.regenarch.evidence.ctgov.MergeConflict;
import org.regenarch.evidence.ctgov.PrismaCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evidence import-ctgov PATH}: ClinicalTrials.gov API v2 JSON, screened and merged. */
@Command(name = "import-ctgov", mixinStandardHelpOptions = true,
    description = {"Import ClinicalTrials.gov API v2 JSON (a study, a 'studies' page, or a folder of pages),",
        "screen it, merge it with the curated base by registry id (curated values win) and report PRISMA counts.",
        "Reads files only; never contacts the network."})
final class EvidenceImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EvidenceOptions opts;

  @Parameters(index = "0", paramLabel = "PATH", description = "Study JSON, page JSON, or folder of page files")
  Path path;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write each included record, as mapped, to DIR/ID.yaml")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    boolean json = opts.json();
    ImportReport r = CtgovImport.run(path, opts.load());
    List<Path> written = outDir == null ? List.of() : StudyWriter.writeAll(r.included(), outDir);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (json) {
      r.warnings().forEach(w -> err.println("warning: " + w));
      out.println(EvidenceOptions.JSON.writeValueAsString(toMap(r, written)));
    } else {
      text(r, written, out);
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  static Map<String, Object> toMap(ImportReport r, List<Path> written) {
    PrismaCounts p = r.prisma();
    Map<String, Object> prisma = new LinkedHashMap<>();
    prisma.put("records_found", p.recordsFound());
    prisma.put("duplicates_removed", p.duplicatesRemoved());
    prisma.put("screened", p.screened());
    prisma.put("excluded", p.excluded());
    prisma.put("exclusion_reasons", p.exclusionReasons());
    prisma.put("included", p.included());
    prisma.put("matched_curated", p.matchedCurated());
    prisma.put("new_records", p.newRecords());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("prisma", prisma);
    m.put("included", r.included().stream().map(StudyWriter::toMap).toList());
    m.put("excluded", r.excluded().stream().map(e -> Map.of("id", e.id(), "title", String.valueOf(e.title()), "reason", e.reason())).toList());
    m.put("duplicates", r.duplicates());
    m.put("matched", r.merge().matched());
    m.put("conflicts", r.merge().conflicts().stream().map(EvidenceImportCommand::conflict).toList());
    m.put("filled", r.merge().filled());
    m.put("warnings", r.warnings());
    m.put("written", written.stream().map(Path::toString).toList());
    return m;
  }

  private static Map<String, Object> conflict(MergeConflict c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("study", c.studyId());
    m.put("registry_id", c.registryId());
    m.put("field", c.field());
    m.put("curated", c.curatedValue());
    m.put("imported", c.importedValue());
    return m;
  }

  private static void text(ImportReport r, List<Path> written, PrintWriter out) {
    PrismaCounts p = r.prisma();
    out.println("PRISMA flow (ClinicalTrials.gov import)");
    out.printf("  records found        %d%n", p.recordsFound());
    out.printf("  duplicates removed   %d%n", p.duplicatesRemoved());
    out.printf("  records screened     %d%n", p.screened());
    out.printf("  excluded             %d%n", p.excluded());
    p.exclusionReasons().forEach((k, v) -> out.printf("    %-40s %d%n", k, v));
    out.printf("  included             %d  (matched curated %d, new %d)%n", p.included(), p.matchedCurated(), p.newRecords());
    for (Study s : r.included()) {
      out.println("  + " + s.id() + "  " + s.condition() + "  " + s.registeredProductType() + "  phase " + s.phase()
          + "  " + s.status() + "  arms " + s.arms().size() + ", outcomes " + s.outcomes().size() + "  " + s.citation());
    }
    r.excluded().forEach(e -> out.println("  - " + e.id() + "  " + e.reason() + "  (" + e.title() + ")"));
    r.duplicates().forEach(d -> out.println("  = duplicate " + d));
    r.merge().matched().forEach(m -> out.println("  merged " + m));
    r.merge().conflicts().forEach(c -> out.println("  conflict " + c));
    r.merge().filled().forEach(f -> out.println("  filled " + f));
    r.warnings().forEach(w -> out.println("  warning: " + w));
    written.forEach(w -> out.println("  wrote " + w));
  }
}
