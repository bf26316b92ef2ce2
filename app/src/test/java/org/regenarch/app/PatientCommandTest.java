package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientCommandTest {
  static final String UC = "uc-msc:peripheral-vein:0.5e6/kg:days=0,28,56";
  @TempDir Path dir;

  @Test
  void theMainJobPrintsAClinicalSummaryOfBothArms() {
    var r = CliHarness.run(null, "patient", "simulate", "--preset", "decompensated-hbv", "--therapy", UC, "--compare-control");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Patient decompensated-hbv", "Baseline", "Week 4", "Week 12", "Week 24", "Week 48",
        "control", "MELD", "Albumin g/dL", "Child-Pugh", "Survival %", "sha256", "seed 0");
  }

  @Test
  void csvHasTheContractColumnsWithControlAndAProvenanceSidecar() throws Exception {
    Path out = dir.resolve("run.csv");
    var r = CliHarness.run(null, "patient", "simulate", "--preset", "decompensated-hbv", "--therapy", UC, "--days", "56",
        "--every", "0.5", "--compare-control", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    List<String> header = Arrays.asList(lines.get(0).split(","));
    List<String> contract = List.of("day", "albumin_g_dl", "bilirubin_mg_dl", "inr", "creatinine_mg_dl", "sodium_mmol_l",
        "meld", "meld_na", "meld3", "child_pugh", "hvpg_mmhg", "collagen_percent", "functional_mass", "activated_hsc",
        "msc_lung", "msc_liver", "msc_spleen", "survival_probability", "decompensation_probability");
    assertThat(header).containsAll(contract);
    for (String c : contract.subList(1, contract.size())) {
      assertThat(header).contains(c + "_control");
    }
    assertThat(lines).hasSize(1 + 113); // days 0, 0.5, ..., 56
    JsonNode side = new ObjectMapper().readTree(dir.resolve("run.csv.json").toFile());
    assertThat(side.get("modelSha256").asText()).hasSize(64);
    assertThat(side.get("softwareVersion").asText()).isNotBlank();
    assertThat(side.get("seed").asLong()).isZero();
    assertThat(side.get("parameters").get("dose1_cells").asDouble()).isEqualTo(0.5);
    // msc_lung is a fraction of the dose given so far; the control arm has none.
    int lung = header.indexOf("msc_lung");
    int lungControl = header.indexOf("msc_lung_control");
    String[] row1 = lines.get(2).split(",", -1);
    assertThat(Double.parseDouble(row1[lung])).isBetween(0.0, 1.0);
    assertThat(Double.parseDouble(row1[lungControl])).isZero();
  }

  @Test
  void jsonFormatAndModesWork() throws Exception {
    var r = CliHarness.run(null, "patient", "simulate", "--preset", "pbc", "--therapy", "msc-ev:peripheral-vein:100ug/kg:days=0,7,14",
        "--days", "28", "--mode", "ev=off", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("rows")).hasSize(5);
    assertThat(root.get("provenance").get("modes").asText()).contains("ev=off");
  }

  @Test
  void attributionJsonSumsToTheTotalAndIsAloneOnStdout() throws Exception {
    var r = CliHarness.run(null, "patient", "attribute", "--preset", "decompensated-hbv", "--therapy", UC,
        "--endpoint", "meld", "--day", "168", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("endpoint").asText()).isEqualTo("meld");
    assertThat(j.get("day").asDouble()).isEqualTo(168);
    double sum = 0;
    for (String mode : List.of("immune", "regenerative", "antifibrotic", "differentiation", "ev")) {
      sum += j.get("contributions").get(mode).asDouble();
    }
    assertThat(sum).isCloseTo(j.get("total_effect").asDouble(), offset(1e-9));
    assertThat(j.get("total_effect").asDouble()).isLessThan(0);
  }

  @Test
  void badInputExitsWithTwoAndAClearMessage() {
    var unknown = CliHarness.run(null, "patient", "simulate", "--preset", "decompensated-hbc");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("preset 'decompensated-hbc' is unknown");
    var malformed = CliHarness.run(null, "patient", "simulate", "--preset", "healthy", "--therapy", "uc-msc:peripheral-vein:1e6/kg");
    assertThat(malformed.exit()).isEqualTo(2);
    assertThat(malformed.err()).contains("malformed");
    var impossible = CliHarness.run(null, "patient", "simulate", "--preset", "healthy", "--therapy", "uc-msc:peripheral-vein:5e12/kg:days=0");
    assertThat(impossible.exit()).isEqualTo(2);
    assertThat(impossible.err()).contains("impossible");
    var badMode = CliHarness.run(null, "patient", "simulate", "--preset", "healthy", "--mode", "telepathy=on");
    assertThat(badMode.exit()).isEqualTo(2);
    var missingFile = CliHarness.run(null, "patient", "simulate", "--patient", dir.resolve("none.yaml").toString());
    assertThat(missingFile.exit()).isEqualTo(2);
    var both = CliHarness.run(null, "patient", "simulate", "--preset", "healthy", "--patient", "x.yaml");
    assertThat(both.exit()).isEqualTo(2);
  }

  @Test
  void aPatientFileRuns() throws Exception {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "etiology: hcv\ncause_treated: true\nage_years: 60\nsex: female\nweight_kg: 65\nlabs:\n"
        + "  bilirubin_mg_dl: 1.8\n  albumin_g_dl: 3.1\n  inr: 1.4\n  creatinine_mg_dl: 0.9\n  sodium_mmol_l: 136\n");
    var r = CliHarness.run(null, "patient", "simulate", "--patient", f.toString(), "--days", "84");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("HCV, cause treated", "Week 12").doesNotContain("Week 24");
  }
}
