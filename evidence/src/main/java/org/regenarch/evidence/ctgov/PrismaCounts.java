package org.regenarch.evidence.ctgov;

import java.util.Map;

/**
 * PRISMA 2020 flow counts for a registry import: records identified, duplicates removed before
 * screening, records screened, excluded (with reasons) and included; included records are split into
 * those matching a curated study by registry id and new ones.
 */
public record PrismaCounts(
    int recordsFound,
    int duplicatesRemoved,
    int screened,
    int excluded,
    Map<String, Integer> exclusionReasons,
    int included,
    int matchedCurated,
    int newRecords) {

  public PrismaCounts {
    exclusionReasons = Map.copyOf(exclusionReasons);
    if (screened != recordsFound - duplicatesRemoved || included != screened - excluded
        || matchedCurated + newRecords != included) {
      throw new IllegalStateException("inconsistent PRISMA counts: " + recordsFound + " found, " + duplicatesRemoved
          + " duplicates, " + screened + " screened, " + excluded + " excluded, " + included + " included");
    }
  }
}
