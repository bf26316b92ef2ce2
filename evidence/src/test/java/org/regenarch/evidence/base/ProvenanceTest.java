package org.regenarch.evidence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenarch.evidence.base.Enums.StudyKind;

/**
 * Checks the curated files against the shared source tables they were transcribed from: every
 * outcome number and every arm n must appear in a row of the same study. Runs where the shared
 * shelf is present next to the repository (../shared/science/evidence); skipped elsewhere (CI).
 */
class ProvenanceTest {
  private static final Path SHARED = Path.of("../../shared/science/evidence");

  @Test
  void everyCuratedNumberAppearsInTheSourceTables() throws IOException {
    assumeTrue(Files.isDirectory(SHARED), "shared evidence shelf not present");
    Map<String, List<Map<String, String>>> byStudy = new HashMap<>();
    for (Path f : List.of(SHARED.resolve("trials.csv"), SHARED.resolve("pass2/trials_pass2.csv"))) {
      List<List<String>> rows = parseCsv(Files.readString(f));
      List<String> header = rows.get(0);
      for (List<String> r : rows.subList(1, rows.size())) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          m.put(header.get(i), r.get(i));
        }
        String id = m.get("study_id").replaceAll("\\s*[(\\[].*", "").trim();
        byStudy.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
      }
    }
    int checked = 0;
    for (Study s : EvidenceLoader.loadBundled().studies()) {
      if (s.kind() != StudyKind.CLINICAL) {
        continue;
      }
      List<Map<String, String>> rows = byStudy.get(s.id());
      assertThat(rows).as("source rows of " + s.id()).isNotNull();
      for (Arm a : s.arms()) {
        assertThat(rows).as(s.id() + " arm " + a.id() + " n").anyMatch(r -> r.get("n").equals(a.nAsPrinted()));
      }
      for (Outcome o : s.outcomes()) {
        for (var e : o.values().entrySet()) {
          if (e.getKey().equals("ci_level")) {
            continue; // "95" comes from the stat type name percent_95CI
          }
          boolean found = rows.stream().filter(r -> r.get("endpoint").equals(o.endpointAsPrinted()))
              .anyMatch(r -> List.of("value1", "value2", "value3").stream()
                  .map(r::get).filter(v -> !v.isBlank()).anyMatch(v -> Double.parseDouble(v) == e.getValue()));
          assertThat(found).as(s.id() + " " + o.endpoint() + " " + e).isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  /** Minimal RFC 4180 reader (quoted fields, doubled quotes); the shared CSVs have no embedded newlines. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cur.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cur.toString());
          cur.setLength(0);
        } else {
          cur.append(c);
        }
      }
      cells.add(cur.toString());
      out.add(cells);
    }
    return out;
  }
}
