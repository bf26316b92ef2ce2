package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvidenceCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    CommandLine cl = RegenarchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listFiltersByPopulationRouteAndProduct() throws Exception {
    Run r = run("evidence", "list", "--population", "aclf", "--route", "hepatic_artery", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.json().get("count").asInt()).isEqualTo(1);
    assertThat(r.json().get("studies").get(0).get("id").asText()).isEqualTo("Peng2011");
    Run uc = run("evidence", "list", "--product", "UC", "--endpoint", "death", "--format", "json");
    assertThat(uc.json().get("count").asInt()).isEqualTo(2);
    Run dose = run("evidence", "list", "--dose-min", "4e6");
    assertThat(dose.out()).contains("Stempeucel_RGM2021").contains("1 study");
  }

  @Test
  void listRejectsUnknownValuesWithExitTwo() {
    Run r = run("evidence", "list", "--route", "intranasal");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("--route: 'intranasal' is not one of");
  }

  @Test
  void showFindsByRegistryIdAndPrintsSources() throws Exception {
    Run r = run("evidence", "show", "NCT01741090", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.json().get("id").asText()).isEqualTo("Jang2014");
    assertThat(r.json().get("outcomes").get(0).get("source").get("url").asText()).isEqualTo("https://www.pubmed.gov/23782511/");
    Run text = run("evidence", "show", "Lin2017");
    assertThat(text.out()).contains("outcome survival @ 24w [msc] PERCENT_CI").contains("bohrium.dp.tech");
    assertThat(run("evidence", "show", "Nope2099").code()).isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void importCtgovReportsPrismaCounts(@TempDir Path dir) throws Exception {
    Path fix = Path.of("src/test/resources/evidence-ctgov");
    Files.copy(fix.resolve("oas_example_studies_page.json"), dir.resolve("p1.json"));
    Files.copy(fix.resolve("NCT00517179.json"), dir.resolve("p2.json"));
    Run r = run("evidence", "import-ctgov", dir.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode p = r.json().get("prisma");
    assertThat(p.get("records_found").asInt()).isEqualTo(4);
    assertThat(p.get("duplicates_removed").asInt()).isZero();
    assertThat(p.get("screened").asInt()).isEqualTo(4);
    assertThat(p.get("included").asInt()).isZero();
    assertThat(r.err()).contains("nextPageToken 'abracadabra'");
    Run text = run("evidence", "import-ctgov", dir.toString());
    assertThat(text.out()).contains("records found        4");
  }

  @Test
  void bareVerbAndBadFormatAreInvalidInput() {
    Run bare = run("evidence");
    assertThat(bare.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(bare.err()).contains("import-ctgov").contains("meta");
    Run fmt = run("evidence", "list", "--format", "xml");
    assertThat(fmt.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(fmt.err()).contains("--format: expected text or json, found 'xml'");
  }

  @Test
  void importOfMissingPathIsInvalidInput() {
    Run r = run("evidence", "import-ctgov", "/no/such/path.json");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("no such file or folder: /no/such/path.json");
  }

  @Test
  void brokenEvidenceFolderGivesFileFieldProblem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("Bad.yaml"), "schema: regenarch.evidence.study/1\nid: Bad\nkind: CLINICAL\n");
    Run r = run("evidence", "list", "--evidence", dir.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("Bad.yaml: design: required field is missing")
        .contains("Bad.yaml: source: required field is missing");
  }

  @Test
  void metaWithoutUsableRowsExplainsWhy() {
    Run r = run("evidence", "meta", "severe_infection", "24w");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.out() + r.err()).contains("excluded Lin2017").contains("not back-calculated");
  }
}
