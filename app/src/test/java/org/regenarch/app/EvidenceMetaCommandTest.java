package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceMetaCommandTest {

  @Test
  void deathsAtWeek48PoolAsLogRiskRatio(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("rows.csv");
    var r = EvidenceCommandTest.run("evidence", "meta", "death", "48w", "--method", "FE",
        "--write-data", data.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("k").asInt()).isEqualTo(1);
    assertThat(j.get("measure").asText()).isEqualTo("RR");
    // 7/31 MSC vs 15/27 control deaths (pass2 CSV): log RR computed here independently
    double logRr = Math.log((7.0 / 31) / (15.0 / 27));
    double vi = 1.0 / 7 - 1.0 / 31 + 1.0 / 15 - 1.0 / 27;
    assertThat(j.get("estimate").asDouble()).isCloseTo(logRr, within(1e-9));
    assertThat(j.get("se").asDouble()).isCloseTo(Math.sqrt(vi), within(1e-9));
    assertThat(Files.readString(data)).startsWith("study,ai,n1i,ci,n2i");
  }

  @Test
  void continuousRowsDefaultToMeanDifferenceAndReml() throws Exception {
    var r = EvidenceCommandTest.run("evidence", "meta", "albumin", "baseline", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("measure").asText()).isEqualTo("MD");
    assertThat(j.get("method").asText()).isEqualTo("REML");
    // Salama 2014 Table 1: albumin 2.59 +- 0.28 (n 20) vs 2.62 +- 0.37 (n 20) g/dl
    assertThat(j.get("estimate").asDouble()).isCloseTo(2.59 - 2.62, within(1e-12));
    assertThat(j.get("se").asDouble()).isCloseTo(Math.sqrt(0.28 * 0.28 / 20 + 0.37 * 0.37 / 20), within(1e-12));
    assertThat(r.err()).contains("excluded UNK_302_UCMSC_ascites_CJID").contains("excluded UNK_Egypt_PV_transdiffMSC");
  }

  @Test
  void ownDataOptionIsRejected() {
    var r = EvidenceCommandTest.run("evidence", "meta", "death", "48w", "--data", "x.csv");
    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
  }
}
