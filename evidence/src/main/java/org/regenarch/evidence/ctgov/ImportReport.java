package org.regenarch.evidence.ctgov;

import java.util.List;
import org.regenarch.evidence.base.Study;

/**
 * Outcome of {@code evidence import-ctgov}: PRISMA counts, the included records as mapped, the
 * excluded ones with their reason, merge conflicts and filled fields, and warnings.
 */
public record ImportReport(
    PrismaCounts prisma,
    List<Study> included,
    List<Excluded> excluded,
    List<String> duplicates,
    RegistryMerger.Result merge,
    List<String> warnings) {

  public ImportReport {
    included = List.copyOf(included);
    excluded = List.copyOf(excluded);
    duplicates = List.copyOf(duplicates);
    warnings = List.copyOf(warnings);
  }

  /** A screened-out record and why. */
  public record Excluded(String id, String title, String reason) {}
}
