package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCommandTest {
  @TempDir Path dir;

  @Test
  void exportedSbmlSimulatedByTheSimulateVerbGivesTheSameTrajectories() throws Exception {
    Path xml = dir.resolve("model.xml");
    String uc = "uc-msc:peripheral-vein:0.5e6/kg:days=0,28,56";
    var e = CliHarness.run(null, "model", "export", "--out", xml.toString(), "--preset", "decompensated-hbv", "--therapy", uc);
    assertThat(e.exit()).as(e.err()).isZero();
    assertThat(Files.readString(xml)).contains("level=\"3\"", "version=\"2\"", "sboTerm=", "identifiers.org/uniprot/P14210");
    Path sim = dir.resolve("sim.csv");
    var s = CliHarness.run(null, "simulate", xml.toString(), "--start", "0", "--duration", "168", "--steps", "24",
        "--variables", "Alb,Bili", "--out", sim.toString());
    assertThat(s.exit()).as(s.err()).isZero();
    Path pat = dir.resolve("patient.csv");
    var p = CliHarness.run(null, "patient", "simulate", "--preset", "decompensated-hbv", "--therapy", uc, "--days", "168",
        "--every", "7", "--out", pat.toString());
    assertThat(p.exit()).as(p.err()).isZero();
    List<String> a = Files.readAllLines(sim);
    List<String> b = Files.readAllLines(pat);
    List<String> bh = List.of(b.get(0).split(","));
    int alb = bh.indexOf("albumin_g_dl");
    int bili = bh.indexOf("bilirubin_mg_dl");
    for (int row = 1; row < a.size(); row++) {
      String[] x = a.get(row).split(",");
      String[] y = b.get(row).split(",");
      assertThat(rel(Double.parseDouble(x[1]), Double.parseDouble(y[alb]))).as("albumin row " + row).isLessThan(1e-6);
      assertThat(rel(Double.parseDouble(x[2]), Double.parseDouble(y[bili]))).as("bilirubin row " + row).isLessThan(1e-6);
    }
  }

  private static double rel(double a, double b) {
    return Math.abs(a - b) / Math.max(1e-12, Math.abs(b));
  }

  @Test
  void plainExportAndCard() throws Exception {
    Path xml = dir.resolve("m.xml");
    assertThat(CliHarness.run(null, "model", "export", "--out", xml.toString()).exit()).isZero();
    assertThat(Files.size(xml)).isGreaterThan(10_000);
    assertThat(CliHarness.run(null, "model", "export", "--out", xml.toString(), "--therapy", "x").exit()).isEqualTo(2);
    Path card = dir.resolve("card.md");
    var r = CliHarness.run(null, "model", "card", "--out", card.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String md = Files.readString(card);
    assertThat(md).contains("## Purpose", "## Scope", "```mermaid", "## States", "## Processes", "## Parameter provenance",
        "| source |", "| calibrated |", "| assumed |", "## Assumptions", "## Limitations", "## Results of the checks");
    assertThat(md).doesNotContain("**no**");
  }
}
