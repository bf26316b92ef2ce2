package org.regenarch.evidence.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The raw study objects read from one import path, in file order.
 *
 * @param studies each API v2 {@code Study} object with the file it came from
 * @param files number of files read
 * @param pages number of {@code studies} pages among them
 * @param warnings e.g. a page whose nextPageToken has no following page in the input
 */
public record CtgovBatch(List<Entry> studies, int files, int pages, List<String> warnings) {
  public CtgovBatch {
    studies = List.copyOf(studies);
    warnings = List.copyOf(warnings);
  }

  /** One study object and where it was found ("file.json" or "file.json studies[3]"). */
  public record Entry(JsonNode study, String origin) {}
}
