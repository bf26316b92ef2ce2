package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs the clinical module's reference files through the exact command line of issue 3 (JSON
 * output): the shelf's reference_cases.csv and the 560 cases of the independent Python
 * implementation. The files are read from the clinical module (one copy, no duplication).
 */
class ScoreReferenceCasesCliTest {
  private static final Path RESOURCES = Path.of("..", "clinical", "src", "test", "resources");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, String> SCORE = Map.of(
      "MELD_UNOS", "meld", "MELD", "meld", "MELDNa_OPTN2016", "meld-na", "MELDNa", "meld-na",
      "MELD3", "meld3", "ChildPugh", "child-pugh", "ChildPugh_PBC_PSC", "child-pugh",
      "ALBI", "albi", "APRI", "apri", "FIB4", "fib4");

  /** Splits a CSV line on commas outside quotes (the files quote only the free-text note). */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /** "key=value;..." of the reference files -> the issue-3 options. */
  static List<String> args(String score, String inputs) {
    List<String> a = new ArrayList<>(List.of("score", SCORE.get(score), "--format", "json"));
    for (String kv : inputs.split(";")) {
      String[] p = kv.split("=", 2);
      String v = p[1];
      switch (p[0]) {
        case "cr_mg_dl" -> a.addAll(List.of("--creatinine", v));
        case "cr_umol_l" -> a.addAll(List.of("--creatinine", v, "--creatinine-unit", "umol/L"));
        case "bili_mg_dl" -> a.addAll(List.of("--bilirubin", v));
        case "bili_umol_l" -> a.addAll(List.of("--bilirubin", v, "--bilirubin-unit", "umol/L"));
        case "alb_g_dl" -> a.addAll(List.of("--albumin", v));
        case "alb_g_l" -> a.addAll(List.of("--albumin", v, "--albumin-unit", "g/L"));
        case "inr" -> a.addAll(List.of("--inr", v));
        case "na_mmol_l" -> a.addAll(List.of("--sodium", v));
        case "sex" -> a.addAll(List.of("--sex", v.equals("F") ? "female" : "male"));
        case "age_y" -> a.addAll(List.of("--age", v));
        case "ast_u_l" -> a.addAll(List.of("--ast", v));
        case "alt_u_l" -> a.addAll(List.of("--alt", v));
        case "ast_uln_u_l" -> a.addAll(List.of("--ast-uln", v));
        case "plt_10e9_l" -> a.addAll(List.of("--platelets", v));
        case "ascites" -> a.addAll(List.of("--ascites", v.equals("moderate") ? "moderate-severe" : v));
        case "encephalopathy" -> a.addAll(List.of("--encephalopathy", v.replace("grade1", "grade-1")
            .replace("grade3", "grade-3")));
        case "dialysis", "cholestatic" -> {
          if (v.equals("1")) {
            a.add("--" + p[0]);
          }
        }
        default -> throw new IllegalArgumentException("unknown input key " + p[0]);
      }
    }
    return a;
  }

  private static JsonNode runJson(List<String> args) throws IOException {
    CommandLine cl = RegenarchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args.toArray(String[]::new));
    assertThat(exit).as(args + " stderr: " + err).isZero();
    return JSON.readTree(out.toString());
  }

  @Test
  void shelfReferenceCasesPassThroughTheCommandLine() throws IOException {
    List<String> lines = Files.readAllLines(RESOURCES.resolve("reference_cases.csv"));
    assertThat(lines).hasSize(18);
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = cells(line);
      JsonNode j = runJson(args(c.get(0), c.get(1)));
      String[] expected = c.get(2).split(" ", 2);
      assertThat(j.get("value").asDouble()).as(line)
          .isCloseTo(Double.parseDouble(expected[0]), within(1e-4));
      if (expected.length > 1) {
        String cls = expected[1].replaceAll("[()]", "").replace("grade ", "");
        assertThat(j.get("class").asText()).as(line).isEqualTo(cls);
      }
    }
  }

  @Test
  void independentCasesPassThroughTheCommandLine() throws IOException {
    List<String> lines = Files.readAllLines(RESOURCES.resolve("independent_cases.csv"));
    assertThat(lines).hasSize(561);
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = cells(line);
      JsonNode j = runJson(args(c.get(0), c.get(1)));
      double expected = Double.parseDouble(c.get(2));
      if (j.get("value").isInt()) {
        assertThat(j.get("value").asInt()).as(line).isEqualTo((int) expected);
      } else {
        assertThat(j.get("unrounded").asDouble()).as(line).isCloseTo(expected, within(1e-9));
        assertThat(j.get("value").asDouble()).as(line).isCloseTo(expected, within(5e-5));
      }
      if (c.get(0).equals("MELD3")) {
        assertThat(j.get("uncapped").asInt()).as(line).isEqualTo(Integer.parseInt(c.get(3)));
      } else if (!c.get(0).startsWith("MELD")) {
        assertThat(j.get("class").asText()).as(line).isEqualTo(c.get(3));
      }
    }
  }
}
