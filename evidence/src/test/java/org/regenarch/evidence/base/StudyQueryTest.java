package org.regenarch.evidence.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenarch.evidence.base.Enums.CellSource;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Enums.Design;
import org.regenarch.evidence.base.Enums.ProductType;
import org.regenarch.evidence.base.Enums.Route;
import org.regenarch.evidence.base.Enums.StudyKind;

class StudyQueryTest {
  private static final EvidenceBase BASE = EvidenceLoader.loadBundled();

  private static StudyQuery q(Set<Condition> cond, Set<CellSource> src, Set<Route> route, Double lo, Double hi,
      Set<Design> design, String endpoint) {
    return new StudyQuery(Set.of(StudyKind.CLINICAL), cond, null, design, src, null, null, route, lo, hi, endpoint, null);
  }

  private static java.util.List<String> ids(StudyQuery q) {
    return BASE.query(q).stream().map(Study::id).toList();
  }

  @Test
  void filtersByPopulationAndRoute() {
    var aclfHepaticArtery = ids(q(Set.of(Condition.ACLF), null, Set.of(Route.HEPATIC_ARTERY), null, null, null, null));
    assertThat(aclfHepaticArtery).containsExactly("Peng2011");
  }

  @Test
  void doseRangeMatchesOverlappingPerKgRanges() {
    // Stempeucel arms are 2.5, 5 and 7.5 x10^6/kg; only the 5 and 7.5 arms reach >= 4x10^6/kg
    var high = ids(q(null, null, null, 4e6, null, null, null));
    assertThat(high).containsExactly("Stempeucel_RGM2021");
    // Lin2017 states 1.0-10 x10^5/kg: overlaps [5e5, 6e5]
    assertThat(ids(q(null, null, null, 5e5, 6e5, null, null))).contains("Lin2017", "Wang2013", "Zhang2012")
        .doesNotContain("Stempeucel_RGM2021", "Suk2016");
  }

  @Test
  void filtersByProductDesignAndEndpoint() {
    var ucRctDeath = ids(q(null, Set.of(CellSource.UC), null, null, null, null, "death"));
    assertThat(ucRctDeath).containsExactlyInAnyOrder("UNK_HUCMSC_HBV_DLC_96", "UNK_302_UCMSC_ACLF_CJCSC");
    var rctMeld = ids(q(null, null, null, null, null, Set.of(Design.RCT), "meld"));
    assertThat(rctMeld).containsExactly("Schacher2021");
  }

  @Test
  void registrationsMatchOnRegisteredProductType() {
    var evs = BASE.query(new StudyQuery(Set.of(StudyKind.REGISTRATION), null, null, null, null, null,
        Set.of(ProductType.EVS), null, null, null, null, null));
    assertThat(evs).extracting(Study::id)
        .containsExactlyInAnyOrder("NCT05871463", "NCT05940610", "NCT05881668", "NCT06825572");
  }
}
