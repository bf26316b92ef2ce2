package org.regenarch.clinical.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.clinical.ClinicalValidationException;

class CohortScorerTest {
  @TempDir Path dir;

  private List<List<String>> readBack(Path p) throws IOException {
    CsvMapper m = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(p.toFile())) {
      while (it.hasNext()) {
        rows.add(List.of(it.next()));
      }
    }
    return rows;
  }

  private static String cell(List<List<String>> rows, int row, String column) {
    return rows.get(row).get(rows.get(0).indexOf(column));
  }

  @Test
  void scoresEveryRowTheDataAllowAndReportsBadRowsWithLineNumbers() throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, String.join("\n",
        "patient_id,visit_date,sex,age,bilirubin_umol_l,creatinine_umol_l,inr,sodium_mmol_l,"
            + "albumin_g_l,ascites,encephalopathy,dialysis,ast_u_l,alt_u_l,platelets_10e9_l,comment",
        "p1,2026-01-01,F,50,54,170,2.0,134,30,mild,none,0,40,36,200,\"said \"\"hi\"\", twice\"",
        "p2,2026-01-02,M,40,-5,88.4,1.0,140,40,none,none,0,20,25,250,negative bilirubin",
        "p3,2026-01-03,M,10,17.1,88.4,1.0,137,40,none,none,no,20,25,250,child",
        "",
        "p4,,,,,,,,,,,,,,,\"multi",
        "line\"",
        "p5,2026-01-05,F,60,17.1,88.4,abc,137,40,none,none,0,20,25,250,bad inr",
        "p6,2026-01-06,M,50,20,90,1.1,140,44,none,none,1,30,30,150,dialysis"));
    Path out = dir.resolve("out.csv");
    List<String> messages = new ArrayList<>();
    CohortSummary s = CohortScorer.score(in, out, messages::add);

    assertThat(s.rows()).isEqualTo(6);
    assertThat(s.badRows()).isEqualTo(2);
    assertThat(s.scoreErrors()).isEqualTo(3); // p3 is 10 years old: MELD, MELD-Na, MELD 3.0
    assertThat(messages).anyMatch(m -> m.startsWith("in.csv line 3: error: column bilirubin_umol_l:"
        + " bilirubin = -5 umol/L is impossible"));
    assertThat(messages).anyMatch(m -> m.equals("in.csv line 4: error: MELD: age = 10 years: MELD applies from age 12"
        + " (younger candidates are scored by PELD, not implemented)"));
    assertThat(messages).anyMatch(m -> m.startsWith("in.csv line 8: error: column inr: 'abc' is not"));
    // p4 has no labs: nothing to score, and the message names what is missing
    assertThat(messages).anyMatch(m -> m.startsWith("in.csv line 6: warning: no score could be computed: MELD (missing bilirubin, creatinine, INR)"));
    // columns that are not inputs are copied through, and said once
    assertThat(messages).anyMatch(m -> m.startsWith("in.csv line 1: warning: columns not read (copied through): comment;"));

    List<List<String>> rows = readBack(out);
    assertThat(rows).hasSize(7);
    assertThat(rows.get(0).subList(16, rows.get(0).size())).isEqualTo(CohortOutput.COLUMNS);
    assertThat(cell(rows, 1, "comment")).isEqualTo("said \"hi\", twice");
    assertThat(cell(rows, 1, "meld")).isEqualTo("25");
    // 25 + 1.32 * 3 - 0.033 * 25 * 3 = 26.485 -> 26
    assertThat(cell(rows, 1, "meld_na")).isEqualTo("26");
    assertThat(cell(rows, 1, "fib4")).isEqualTo("1.6667");
    assertThat(cell(rows, 1, "fib4_band")).isEqualTo("indeterminate");
    // bilirubin 54 umol/L = 3.16 mg/dL: 3, albumin 3.0 g/dL: 2, INR 2.0: 2, mild: 2, none: 1
    assertThat(cell(rows, 1, "child_pugh")).isEqualTo("10");
    assertThat(cell(rows, 1, "child_pugh_class")).isEqualTo("C");
    // 0.66 log10(54) - 0.085 * 30 = -1.40658
    assertThat(cell(rows, 1, "albi")).isEqualTo("-1.4066");
    assertThat(cell(rows, 1, "albi_grade")).isEqualTo("2");
    assertThat(cell(rows, 1, "apri")).isEqualTo("0.5");
    assertThat(cell(rows, 1, "apri_band")).isEqualTo("rule-out");
    assertThat(cell(rows, 2, "meld")).isEmpty();
    assertThat(cell(rows, 2, "score_messages")).startsWith("error: column bilirubin_umol_l");
    assertThat(cell(rows, 3, "meld")).isEmpty();
    assertThat(cell(rows, 3, "fib4")).isNotEmpty();
    assertThat(cell(rows, 4, "comment")).isEqualTo("multi\nline");
    assertThat(cell(rows, 4, "meld")).isEmpty();
    // dialysis -> Cr 4.0: 0.957 ln 4 + 0.378 ln(20/17.1) + 1.12 ln 1.1 + 0.643 = 2.1356 -> 21
    assertThat(cell(rows, 6, "meld")).isEqualTo("21");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.csv", "out.csv");
    }
  }

  @Test
  void bothUnitsFilledInOneRowIsAnError() throws IOException {
    Path in = dir.resolve("both.csv");
    Files.writeString(in, "bilirubin_mg_dl,bilirubin_umol_l,albumin_g_dl\n1.0,17.1,4\n,34.2,3.0\n");
    List<String> messages = new ArrayList<>();
    CohortSummary s = CohortScorer.score(in, dir.resolve("o.csv"), messages::add);
    assertThat(s.badRows()).isEqualTo(1);
    assertThat(messages).containsExactly("both.csv line 2: error: both bilirubin_mg_dl and"
        + " bilirubin_umol_l are filled: give one");
    // 0.66 log10(34.2) - 0.085 * 30 = -1.53747
    assertThat(cell(readBack(dir.resolve("o.csv")), 2, "albi")).isEqualTo("-1.5375");
  }

  @Test
  void wrongCellCountIsReportedAndImplausibleValuesWarn() throws IOException {
    Path in = dir.resolve("w.csv");
    Files.writeString(in, "inr,bilirubin_mg_dl,creatinine_mg_dl\r\n1,1,1,1\r\n12,1,1\r\n");
    List<String> messages = new ArrayList<>();
    CohortSummary s = CohortScorer.score(in, dir.resolve("o.csv"), messages::add);
    assertThat(s.badRows()).isEqualTo(1);
    assertThat(s.warnings()).isEqualTo(1);
    assertThat(messages).containsExactly("w.csv line 2: error: has 4 cells, expected 3 as in the header",
        "w.csv line 3: warning: INR = 12 is unusual (plausible range 0.8..10); check the value and its unit");
  }

  @Test
  void headerProblemsStopTheRunAndLeaveNoOutput() throws IOException {
    Path dup = dir.resolve("dup.csv");
    Files.writeString(dup, "inr,INR\n1,1\n");
    Path out = dir.resolve("o.csv");
    assertThatThrownBy(() -> CohortScorer.score(dup, out, m -> { }))
        .isInstanceOf(ClinicalValidationException.class).hasMessageContaining("dup.csv line 1")
        .hasMessageContaining("appears twice");
    Path scored = dir.resolve("scored.csv");
    Files.writeString(scored, "inr,meld\n1,6\n");
    assertThatThrownBy(() -> CohortScorer.score(scored, out, m -> { }))
        .hasMessageContaining("'meld' is a score column");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    assertThatThrownBy(() -> CohortScorer.score(empty, out, m -> { })).hasMessageContaining("empty");
    assertThatThrownBy(() -> CohortScorer.score(dir.resolve("nope.csv"), out, m -> { }))
        .hasMessageContaining("does not exist");
    assertThat(out).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void quotingFollowsRfc4180() {
    assertThat(CsvRowWriter.quote("plain")).isEqualTo("plain");
    assertThat(CsvRowWriter.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvRowWriter.quote("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(CsvRowWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvRowWriter.quote(" padded")).isEqualTo("\" padded\"");
    assertThat(CsvRowWriter.quote("")).isEmpty();
  }
}
