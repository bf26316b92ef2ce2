package org.regenarch.evidence.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeCaseTest {
  private static MetaReport run(String csv, Measure m, PoolingMethod method, TestType test) {
    return MetaAnalysis.run(MetaCsv.parse("t.csv", csv), MetaRequest.basic(m, method, test));
  }

  @Test
  void singleStudyGivesItsOwnEstimateWithZeroTau2AndZTest() {
    MetaReport r = run("study,yi,vi\nA,0.5,0.04\n", Measure.GEN, PoolingMethod.REML, TestType.KNHA);
    assertThat(r.overall().estimate()).isEqualTo(0.5);
    assertThat(r.overall().se()).isCloseTo(0.2, within(1e-15));
    assertThat(r.overall().tau2()).isZero();
    assertThat(r.overall().q()).isZero();
    assertThat(r.overall().qPval()).isEqualTo(1);
    assertThat(r.overall().ciLb()).isCloseTo(0.5 - 1.959963984540054 * 0.2, within(1e-12)); // metafor switches to z
  }

  @Test
  void zeroVarianceIsAClearInputError() {
    assertThatThrownBy(() -> run("study,yi,vi\nA,0.5,0.04\nB,0.2,0\n", Measure.GEN, PoolingMethod.DL, TestType.Z))
        .isInstanceOf(MetaInputException.class).hasMessageContaining("t.csv line 3").hasMessageContaining("'B'")
        .hasMessageContaining("variance");
  }

  @Test
  void badNumberNamesFileLineAndColumn() {
    assertThatThrownBy(() -> run("study,m1i,sd1i,n1i,m2i,sd2i,n2i\nA,1,x,10,2,1,10\n", Measure.MD, PoolingMethod.FE, TestType.Z))
        .isInstanceOf(MetaInputException.class).hasMessageContaining("t.csv line 2 column 'sd1i'")
        .hasMessageContaining("expected a number");
  }

  @Test
  void missingColumnIsNamed() {
    assertThatThrownBy(() -> run("study,ai,bi,ci\nA,1,2,3\n", Measure.OR, PoolingMethod.DL, TestType.Z))
        .isInstanceOf(MetaInputException.class).hasMessageContaining("ai,bi,ci,di");
  }

  @Test
  void nonConvergenceIsReportedNeverASilentNumber() throws URISyntaxException {
    // metafor 3.8 also fails here: rma(yi, vi, data = es[1:8, ]) on dat.nielweise2007 (OR) -> Fisher scoring oscillates
    Path csv = Path.of(getClass().getResource("/meta/reference/cases/nielweise_OR_REML.csv").toURI());
    MetaTable all = MetaCsv.read(csv);
    MetaTable first8 = new MetaTable("first8.csv", all.header(), all.rows().subList(0, 8));
    assertThatThrownBy(() -> MetaAnalysis.run(first8, MetaRequest.basic(Measure.OR, PoolingMethod.REML, TestType.Z)))
        .isInstanceOf(MetaConvergenceException.class).hasMessageContaining("did not converge");
  }

  @Test
  void hedgesCorrectionMatchesExactGammaValue() {
    // J(10) = Γ(5)/(√5·Γ(4.5)) = 24/(√5 · 11.631728396567448)
    assertThat(EffectSizes.correction(10)).isCloseTo(24 / (Math.sqrt(5) * 11.631728396567448), within(1e-14));
  }

  @Test
  void zeroCellGetsHalfAddedToEveryCell() {
    MetaReport r = run("study,ai,bi,ci,di\nA,0,10,5,5\nB,2,8,4,6\n", Measure.OR, PoolingMethod.FE, TestType.Z);
    StudyEffect a = r.studies().get(0);
    assertThat(a.yi()).isCloseTo(Math.log((0.5 * 5.5) / (10.5 * 5.5)), within(1e-14));
    assertThat(a.vi()).isCloseTo(1 / 0.5 + 1 / 10.5 + 1 / 5.5 + 1 / 5.5, within(1e-14));
  }

  @Test
  void eggerNeedsThreeStudiesAndSaysSo() {
    MetaRequest req = new MetaRequest(Measure.GEN, PoolingMethod.DL, TestType.Z, null, List.of(), false, false, true, true, null);
    MetaReport r = MetaAnalysis.run(MetaCsv.parse("t.csv", "study,yi,vi\nA,0.5,0.04\nB,0.1,0.02\n"), req);
    assertThat(r.egger()).isNull();
    assertThat(r.trimfill()).isNull();
    assertThat(r.warnings()).anyMatch(w -> w.contains("Egger")).anyMatch(w -> w.contains("trim-and-fill"));
  }

  @Test
  void quotedCsvFieldsWithCommasAndQuotes() {
    MetaTable t = MetaCsv.parse("q.csv", "study,yi,vi\n\"Smith, J \"\"A\"\"\",0.1,0.2\n");
    assertThat(t.rows().get(0).study()).isEqualTo("Smith, J \"A\"");
  }
}
