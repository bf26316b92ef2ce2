package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The issue-3 command line: text and JSON output, exit codes, cohort mode. */
class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int exit, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  private static Run run(String... args) {
    CommandLine cl = RegenarchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void meldJsonIsTheContractObjectAlone() throws Exception {
    Run r = run("score", "meld", "--bilirubin", "54", "--bilirubin-unit", "umol/L",
        "--creatinine", "170", "--creatinine-unit", "umol/L", "--inr", "2.0", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("score").asText()).isEqualTo("meld");
    assertThat(j.get("value").isInt()).isTrue();
    assertThat(j.get("value").asInt()).isEqualTo(25);
    assertThat(j.get("unrounded").asDouble()).isCloseTo(24.798, within(1e-3));
    assertThat(j.get("class").isNull()).isTrue();
    assertThat(j.has("uncapped")).isFalse();
    assertThat(j.get("inputs").get("inr").asDouble()).isEqualTo(2.0);
    assertThat(j.get("inputs").get("dialysis").asBoolean()).isFalse();
    assertThat(j.get("notes").isArray()).isTrue();
    assertThat(r.out().trim()).startsWith("{").endsWith("}");
    assertThat(r.out().trim().lines()).hasSize(1);
  }

  @Test
  void meld3JsonCarriesUncappedAndAllocationValue() throws Exception {
    Run r = run("score", "meld3", "--sex", "female", "--bilirubin", "40", "--sodium", "120",
        "--inr", "6", "--creatinine", "5", "--albumin", "1.0", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("value").asInt()).isEqualTo(40);
    assertThat(j.get("uncapped").asInt()).isEqualTo(52);
    assertThat(j.get("inputs").get("creatinine_mg_dl").asDouble()).isEqualTo(3.0);
    assertThat(j.get("inputs").get("albumin_g_dl").asDouble()).isEqualTo(1.5);
  }

  @Test
  void meld3WithDialysisFromTheReferenceFile() throws Exception {
    Run r = run("score", "meld3", "--sex", "female", "--bilirubin", "1.0", "--sodium", "137",
        "--inr", "1.0", "--creatinine", "1.0", "--albumin", "3.5", "--dialysis", "--format", "json");
    assertThat(r.json().get("value").asInt()).isEqualTo(20);
    assertThat(r.json().get("unrounded").asDouble()).isCloseTo(19.5685, within(1e-4));
  }

  @Test
  void meldNaAtElevenIsNotAdjusted() throws Exception {
    Run r = run("score", "meld-na", "--bilirubin", "1", "--creatinine", "1", "--inr", "1.45",
        "--sodium", "125", "--format", "json");
    assertThat(r.json().get("value").asInt()).isEqualTo(11);
  }

  @Test
  void childPughClassInJsonAndText() throws Exception {
    String[] args = {"score", "child-pugh", "--bilirubin", "3.5", "--albumin", "27",
        "--albumin-unit", "g/L", "--inr", "1.8", "--ascites", "mild", "--encephalopathy", "grade-1-2"};
    Run text = run(args);
    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("Child-Pugh: 12 (class C)");
    Run json = run(append(args, "--format", "json"));
    assertThat(json.json().get("value").asInt()).isEqualTo(12);
    assertThat(json.json().get("class").asText()).isEqualTo("C");
  }

  @Test
  void booleanFlagsAcceptAnOptionalValueAndFormatIsCaseInsensitive() throws Exception {
    Run on = run("score", "meld", "--dialysis", "true", "--bilirubin", "1", "--creatinine", "1",
        "--inr", "1", "--format", "JSON");
    assertThat(on.exit()).isZero();
    assertThat(on.json().get("value").asInt()).isEqualTo(20);
    Run off = run("score", "--dialysis=false", "meld", "--bilirubin", "1", "--creatinine", "1",
        "--inr", "1", "--format", "json");
    assertThat(off.json().get("value").asInt()).isEqualTo(6);
    Run flagBeforeName = run("score", "--dialysis", "meld", "--bilirubin", "1", "--creatinine", "1",
        "--inr", "1", "--format", "json");
    assertThat(flagBeforeName.json().get("value").asInt()).isEqualTo(20);
  }

  @Test
  void cholestaticBands() throws Exception {
    Run r = run("score", "child-pugh", "--bilirubin", "5", "--albumin", "3.8", "--inr", "1.2",
        "--ascites", "none", "--encephalopathy", "none", "--cholestatic", "--format", "json");
    assertThat(r.json().get("value").asInt()).isEqualTo(6);
    assertThat(r.json().get("class").asText()).isEqualTo("A");
  }

  @Test
  void albiGradeIsANumberAndFibrosisBandsAreStrings() throws Exception {
    Run albi = run("score", "albi", "--bilirubin", "17.1", "--bilirubin-unit", "umol/L",
        "--albumin", "40", "--albumin-unit", "g/L", "--format", "json");
    assertThat(albi.json().get("value").asDouble()).isCloseTo(-2.5862, within(1e-4));
    assertThat(albi.json().get("class").isInt()).isTrue();
    assertThat(albi.json().get("class").asInt()).isEqualTo(2);
    Run fib4 = run("score", "fib4", "--age", "50", "--ast", "40", "--alt", "36", "--platelets", "200",
        "--format", "json");
    assertThat(fib4.json().get("value").asDouble()).isCloseTo(1.6667, within(1e-4));
    assertThat(fib4.json().get("class").asText()).isEqualTo("indeterminate");
    Run apri = run("score", "apri", "--ast", "80", "--platelets", "100", "--format", "json");
    assertThat(apri.json().get("value").asDouble()).isEqualTo(2.0);
    assertThat(apri.json().get("notes").toString()).contains("40 U/L used");
  }

  @Test
  void textOutputShowsValueInputsAndNotes() {
    Run r = run("score", "meld", "--bilirubin", "0.5", "--creatinine", "1", "--inr", "1",
        "--dialysis");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("MELD: 20").contains("inputs used: bilirubin_mg_dl=1,")
        .contains("note: dialysis");
  }

  @Test
  void impossibleValueExitsTwoWithFieldValueAndRange() {
    Run r = run("score", "meld", "--bilirubin", "-1", "--creatinine", "1", "--inr", "1",
        "--format", "json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("bilirubin = -1 mg/dL is impossible").contains("<= 150 mg/dL");
    assertThat(run("score", "meld", "--bilirubin", "1", "--creatinine", "1", "--inr", "50").exit())
        .isEqualTo(2);
    assertThat(run("score", "meld-na", "--bilirubin", "1", "--creatinine", "1", "--inr", "1",
        "--sodium", "300").err()).contains("sodium = 300 mmol/L is impossible");
    assertThat(run("score", "meld", "--bilirubin", "NaN", "--creatinine", "1", "--inr", "1").exit())
        .isEqualTo(2);
  }

  @Test
  void missingInputsUnknownNamesAndUnitsExitTwo() {
    Run missing = run("score", "meld-na", "--bilirubin", "1", "--format", "json");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("creatinine").contains("INR").contains("sodium");
    assertThat(missing.out()).isEmpty();
    assertThat(run("score", "pelld").err()).contains("unknown").contains("meld-na");
    assertThat(run("score", "pelld").exit()).isEqualTo(2);
    assertThat(run("score", "meld", "--bilirubin", "1", "--bilirubin-unit", "mmol/L").exit())
        .isEqualTo(2);
    assertThat(run("score", "meld", "--format", "xml").exit()).isEqualTo(2);
    assertThat(run("score").exit()).isEqualTo(2);
    assertThat(run("score", "child-pugh", "--ascites", "lots").err()).contains("ascites = 'lots'");
  }

  @Test
  void implausibleValueWarnsOnStderrAndKeepsStdoutPureJson() throws Exception {
    Run r = run("score", "meld", "--bilirubin", "60", "--creatinine", "1", "--inr", "1",
        "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("warning: bilirubin = 60 mg/dL is unusual");
    assertThat(r.json().get("value").asInt()).isEqualTo(22);
  }

  @Test
  void cohortModeWritesTheTableAndReportsBadRows(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "patient_id,bilirubin_mg_dl,creatinine_mg_dl,inr,sodium_mmol_l\n"
        + "a,1.0,1.0,1.45,125\n"
        + "b,abc,1,1,130\n"
        + "c,1.0,1.0,1.0,125\n");
    Path out = dir.resolve("out.csv");
    Run r = run("score", "--csv", in.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("in.csv line 3: error: column bilirubin_mg_dl: 'abc' is not a number")
        .contains("scored 3 rows");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("patient_id,bilirubin_mg_dl,creatinine_mg_dl,inr,sodium_mmol_l,meld,meld_na,meld3");
    assertThat(lines.get(1)).startsWith("a,1.0,1.0,1.45,125,11,11,");
    assertThat(lines.get(3)).startsWith("c,1.0,1.0,1.0,125,6,6,");

    Path good = dir.resolve("good.csv");
    Files.writeString(good, "inr,bilirubin_mg_dl,creatinine_mg_dl\n1,1,1\n");
    assertThat(run("score", "--csv", good.toString(), "--out", dir.resolve("g.csv").toString()).exit())
        .isZero();
  }

  @Test
  void cohortModeArgumentErrorsExitTwo(@TempDir Path dir) {
    assertThat(run("score", "--csv", dir.resolve("missing.csv").toString(), "--out",
        dir.resolve("o.csv").toString()).exit()).isEqualTo(2);
    assertThat(run("score", "--csv", "x.csv").err()).contains("--out");
    assertThat(run("score", "meld", "--csv", "x.csv", "--out", "y.csv").exit()).isEqualTo(2);
  }

  @Test
  void runEntryPointPrintsToSystemOut() throws Exception {
    var oldOut = System.out;
    var buffer = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
    int exit;
    try {
      exit = RegenarchCli.run("score", "meld", "--bilirubin", "4.2", "--creatinine", "1.9",
          "--inr", "1.2", "--format", "json");
    } finally {
      System.setOut(oldOut);
    }
    assertThat(exit).isZero();
    assertThat(JSON.readTree(buffer.toString(java.nio.charset.StandardCharsets.UTF_8))
        .get("value").asInt()).isEqualTo(20);
  }

  private static String[] append(String[] a, String... more) {
    String[] r = java.util.Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, r, a.length, more.length);
    return r;
  }
}
