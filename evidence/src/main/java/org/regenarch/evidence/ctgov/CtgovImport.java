package org.regenarch.evidence.ctgov;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.regenarch.evidence.base.EvidenceBase;
import org.regenarch.evidence.base.Study;

/**
 * The registry import pipeline: read (file, page or folder), map, remove duplicates (same NCT id or
 * alias), screen ({@link EligibilityScreen}), merge with the curated base ({@link RegistryMerger}),
 * and count the PRISMA flow.
 */
public final class CtgovImport {
  private CtgovImport() {}

  public static ImportReport run(Path input, EvidenceBase curated) {
    CtgovBatch batch = CtgovReader.read(input);
    List<String> warnings = new ArrayList<>(batch.warnings());
    List<Study> unique = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CtgovBatch.Entry e : batch.studies()) {
      Study s = CtgovMapper.map(e.study(), e.origin(), warnings);
      boolean dup = s.registryIds().stream()
          .filter(id -> id.toUpperCase(Locale.ROOT).startsWith("NCT"))
          .anyMatch(id -> seen.contains(id.toUpperCase(Locale.ROOT)));
      if (dup) {
        duplicates.add(s.id() + " (" + e.origin() + ")");
        continue;
      }
      s.registryIds().forEach(id -> seen.add(id.toUpperCase(Locale.ROOT)));
      unique.add(s);
    }
    List<Study> included = new ArrayList<>();
    List<ImportReport.Excluded> excluded = new ArrayList<>();
    Map<String, Integer> reasons = new TreeMap<>();
    for (Study s : unique) {
      Optional<String> why = EligibilityScreen.exclusionReason(s);
      if (why.isPresent()) {
        excluded.add(new ImportReport.Excluded(s.id(), s.citation(), why.get()));
        reasons.merge(why.get(), 1, Integer::sum);
      } else {
        included.add(s);
      }
    }
    RegistryMerger.Result merge = RegistryMerger.merge(curated, included);
    PrismaCounts prisma = new PrismaCounts(batch.studies().size(), duplicates.size(), unique.size(),
        excluded.size(), reasons, included.size(), merge.matched().size(), merge.added().size());
    return new ImportReport(prisma, included, excluded, duplicates, merge, warnings);
  }
}
