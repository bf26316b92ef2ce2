package org.regenarch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MetaCommandTest {
  /** metafor's dat.bcg (Colditz et al. 1994) as 2x2 tables. */
  private static final String BCG = """
      study,ai,bi,ci,di,ablat,alloc
      Aronson 1948,4,119,11,128,44,random
      Ferguson & Simes 1949,6,300,29,274,55,random
      Rosenthal et al 1960,3,228,11,209,42,random
      Hart & Sutherland 1977,62,13536,248,12619,52,random
      Frimodt-Moller et al 1973,33,5036,47,5761,13,alternate
      Stein & Aronson 1953,180,1361,372,1079,44,alternate
      Vandiviere et al 1973,8,2537,10,619,19,random
      TPT Madras 1980,505,87886,499,87892,13,random
      Coetzee & Berjak 1968,29,7470,45,7232,27,random
      Rosenthal et al 1961,17,1699,65,1600,42,systematic
      Comstock et al 1974,186,50448,141,27197,18,systematic
      Comstock & Webster 1969,5,2493,3,2338,33,systematic
      Comstock et al 1976,27,16886,29,17825,33,systematic
      """;

  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    CommandLine cl = RegenarchCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void jsonOutputMatchesMetaforReml() throws Exception {
    Path csv = Files.writeString(dir.resolve("bcg.csv"), BCG);
    Path forest = dir.resolve("out/forest.svg");
    Path funnel = dir.resolve("funnel.svg");
    Result r = run("meta", "--data", csv.toString(), "--measure", "RR", "--method", "REML", "--subgroup", "alloc",
        "--moderators", "ablat", "--leave-one-out", "--egger", "--trimfill", "--forest", forest.toString(),
        "--funnel", funnel.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out()); // stdout is the JSON alone
    // metafor 3.8 defaults: rma(yi, vi, data = escalc("RR", ...dat.bcg)) -> tau² 0.313243325980895 (Fisher
    // scoring stopped at |Δτ²| <= 1e-5; the exact root is 0.313243258136486), estimate -0.7145, I² 92.22%
    assertThat(j.get("estimate").asDouble()).isCloseTo(-0.714532348365101, within(1e-12));
    assertThat(j.get("tau2").asDouble()).isCloseTo(0.313243325980895, within(1e-12));
    assertThat(j.get("i2").asDouble()).isCloseTo(92.2213860749656, within(1e-9));
    assertThat(j.get("test").asText()).isEqualTo("z");
    assertThat(j.get("studies")).hasSize(13);
    assertThat(j.get("subgroups")).hasSize(3);
    assertThat(j.get("moderators").get("coefficients").get(0).get("name").asText()).isEqualTo("intrcpt");
    assertThat(j.get("leave_one_out")).hasSize(13);
    assertThat(j.has("egger")).isTrue();
    assertThat(j.get("trimfill").get("side").asText()).isIn("left", "right");
    assertThat(Files.readString(forest)).startsWith("<?xml").contains("Ferguson &amp; Simes 1949");
    assertThat(Files.readString(funnel)).contains("<svg");
  }

  @Test
  void defaultIsMetaforDefaultAndExactSolvesTightly() throws Exception {
    Path csv = Files.writeString(dir.resolve("bcg.csv"), BCG);
    JsonNode d = new ObjectMapper().readTree(run("meta", "--data", csv.toString(), "--measure", "RR", "--method", "PM",
        "--format", "json").out());
    JsonNode e = new ObjectMapper().readTree(run("meta", "--data", csv.toString(), "--measure", "RR", "--method", "PM",
        "--exact", "--format", "json").out());
    // metafor 3.8, rma(method = "PM") + confint(): defaults (uniroot tol = eps^0.25) ...
    assertThat(d.get("tau2").asDouble()).isCloseTo(0.318093711863015, within(1e-12));
    assertThat(d.get("tau2_ci_lb").asDouble()).isCloseTo(0.119695312816638, within(1e-12));
    assertThat(d.get("tau2_ci_ub").asDouble()).isCloseTo(1.11148626221544, within(1e-11));
    // ... and control = list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
    assertThat(e.get("tau2").asDouble()).isCloseTo(0.318068452205024, within(1e-10));
    assertThat(e.get("tau2_ci_lb").asDouble()).isCloseTo(0.119718361141152, within(1e-10));
    assertThat(e.get("tau2_ci_ub").asDouble()).isCloseTo(1.11147908406093, within(1e-10));
  }

  @Test
  void textOutputIsTheDefault() throws Exception {
    Path csv = Files.writeString(dir.resolve("bcg.csv"), BCG);
    Result r = run("meta", "--data", csv.toString(), "--measure", "OR", "--method", "MH");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("method MH").contains("Q(df = 12)");
  }

  @Test
  void badInputExitsTwoNamingFileLineAndColumn() throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "study,yi,vi\nA,0.1,0.01\nB,oops,0.02\n");
    Result r = run("meta", "--data", csv.toString(), "--measure", "GEN", "--method", "DL", "--format", "json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("bad.csv line 3 column 'yi'");
  }

  @Test
  void unknownMethodExitsTwo() throws Exception {
    Path csv = Files.writeString(dir.resolve("g.csv"), "study,yi,vi\nA,0.1,0.01\n");
    assertThat(run("meta", "--data", csv.toString(), "--measure", "GEN", "--method", "XX").exit()).isEqualTo(2);
    assertThat(run("meta", "--data", csv.toString(), "--measure", "GEN", "--method", "DL", "--test", "t").exit()).isEqualTo(2);
  }

  @Test
  void missingFileExitsTwo() {
    Result r = run("meta", "--data", dir.resolve("nope.csv").toString(), "--measure", "GEN", "--method", "DL");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nope.csv");
  }
}
