package org.regenarch.evidence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.regenarch.evidence.base.Enums.Condition;

class EffectRowsTest {
  private static final EvidenceBase BASE = EvidenceLoader.loadBundled();
  private static final EffectRows.Options DEFAULT = new EffectRows.Options(null, false, false);

  @Test
  void binaryRowFromEventsTotals() {
    var r = EffectRows.build(BASE, "death", "48w", DEFAULT);
    // pass2 CSV: UC-MSC 7/31 vs saline 15/27 deaths at week 48
    assertThat(r.toCsv()).isEqualTo("study,ai,n1i,ci,n2i,condition,design,cell_source,route\n"
        + "UNK_302_UCMSC_ACLF_CJCSC,7,31,15,27,ACLF,CONTROLLED_ALLOCATION_NOT_STATED,UC,PERIPHERAL_VEIN\n");
  }

  @Test
  void unstatedSpreadNeedsAssumeSd() {
    var strict = EffectRows.build(BASE, "meld", EffectRows.NOT_STATED, DEFAULT);
    assertThat(strict.rows()).isEmpty();
    assertThat(strict.excluded()).containsEntry("Hua2020_RA",
        "source does not say whether 'mean ± x' is SD or SE (use --assume-sd)");
    var lenient = EffectRows.build(BASE, "meld", EffectRows.NOT_STATED, new EffectRows.Options(null, false, true));
    EffectRow row = lenient.rows().get(0);
    assertThat(row.m1()).isEqualTo(14.41);
    assertThat(row.sd2()).isEqualTo(3.17);
    assertThat(row.n1()).isEqualTo(39);
    assertThat(row.notes()).anyMatch(n -> n.contains("--assume-sd"));
  }

  @Test
  void exclusionsAreExplained() {
    assertThat(EffectRows.build(BASE, "severe_infection", "24w", DEFAULT).excluded().get("Lin2017"))
        .contains("percent without counts is not back-calculated");
    assertThat(EffectRows.build(BASE, "symptoms_improved", "12mo", DEFAULT).excluded())
        .containsKey("UNK_AnhuiMedUniv2016_UCBSC");
    assertThat(EffectRows.build(BASE, "symptoms_improved", "12mo", new EffectRows.Options(null, true, false)).rows())
        .hasSize(1);
    assertThat(EffectRows.build(BASE, "death", "48w", new EffectRows.Options(Set.of(Condition.CIRRHOSIS), false, false))
        .rows()).isEmpty();
    // single-arm study: no control
    assertThat(EffectRows.build(BASE, "alp", "48w", DEFAULT).excluded().get("Wang2013")).contains("no control arm");
  }

  @Test
  void medianAndSeRowsAreConvertedByNamedMethods(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("M.yaml"), """
        schema: regenarch.evidence.study/1
        id: Med2020
        kind: CLINICAL
        design: RCT
        condition: CIRRHOSIS
        population: demo
        source: {url: 'https://example.org/m', location: Table 2}
        arms:
          - {id: msc, label: MSC, role: MSC, n: 25, route: PERIPHERAL_VEIN,
             product: {source: UC, donor: ALLOGENEIC, type: CELLS}, source: {url: 'https://example.org/m', location: T1}}
          - {id: ctl, label: control, role: CONTROL, n: 16, source: {url: 'https://example.org/m', location: T1}}
        outcomes:
          - {arm: msc, endpoint: meld, timepoint: 24w, statistic: MEDIAN_IQR, values: {median: 12, q1: 10, q3: 15},
             source: {url: 'https://example.org/m', location: Table 2}}
          - {arm: ctl, endpoint: meld, timepoint: 24w, statistic: MEAN_SE, values: {mean: 14, se: 0.5},
             source: {url: 'https://example.org/m', location: Table 2}}
        """);
    var base = EvidenceLoader.load(dir);
    EffectRow wan = EffectRows.build(base, "meld", "24w", new EffectRows.Options(null, false, false, false)).rows().get(0);
    // Wan 2014 eq. 14 mean (q1 + m + q3) / 3 and eq. 16 SD (q3 - q1) / eta(n), eta(25) = 2 * qnorm((0.75*25 - 0.125)/25.25)
    double eta = 2 * new org.hipparchus.distribution.continuous.NormalDistribution(0, 1)
        .inverseCumulativeProbability((0.75 * 25 - 0.125) / (25 + 0.25));
    assertThat(wan.m1()).isCloseTo(37.0 / 3, within(1e-12));
    assertThat(wan.sd1()).isCloseTo(5 / eta, within(1e-9));
    assertThat(wan.sd2()).isCloseTo(0.5 * 4, within(1e-12)); // SE * sqrt(16)
    EffectRow luo = EffectRows.build(base, "meld", "24w", new EffectRows.Options(null, false, false, true)).rows().get(0);
    double w = 0.7 + 0.39 / 25; // Luo 2018 eq. 15
    assertThat(luo.m1()).isCloseTo(w * 12.5 + (1 - w) * 12, within(1e-12));
    assertThat(luo.notes()).anyMatch(n -> n.contains("Luo 2018"));
  }

  @Test
  void armCombinationMatchesConcatenatedSample() {
    double[] a = {12.0, 15.5, 9.25, 20.0, 14.0};
    double[] b = {7.5, 11.0, 13.0, 8.0};
    var pooled = EffectRows.pool(group(a), group(b));
    double[] both = DoubleStream.concat(DoubleStream.of(a), DoubleStream.of(b)).toArray();
    var direct = group(both);
    assertThat(pooled.mean()).isCloseTo(direct.mean(), within(1e-12));
    assertThat(pooled.sd()).isCloseTo(direct.sd(), within(1e-12));
    assertThat(pooled.n()).isEqualTo(9);
  }

  private static EffectRows.Group group(double[] x) {
    double mean = DoubleStream.of(x).average().orElseThrow();
    double ss = DoubleStream.of(x).map(v -> (v - mean) * (v - mean)).sum();
    return new EffectRows.Group(mean, Math.sqrt(ss / (x.length - 1)), x.length, Double.NaN);
  }
}
