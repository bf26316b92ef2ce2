package org.regenarch.evidence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.evidence.base.Enums.StudyKind;

class EvidenceLoaderTest {
  private static final Path RESOURCES = Path.of("src/main/resources/evidence");

  private static final String VALID = """
      schema: regenarch.evidence.study/1
      id: Demo2020
      kind: CLINICAL
      registry_ids: [NCT01234567]
      design: RCT
      condition: CIRRHOSIS
      population: demo
      source: {url: 'https://example.org/demo', location: Table 2}
      arms:
        - id: msc
          label: MSC
          role: MSC
          n: 10
          product: {source: UC, donor: ALLOGENEIC, type: CELLS}
          route: PERIPHERAL_VEIN
          dose: {cells_per_kg_min: 1.0e6, cells_per_kg_max: 1.0e6, per: ADMINISTRATION, as_printed: 1x10^6/kg}
          source: {url: 'https://example.org/demo', location: Table 1}
      outcomes:
        - arm: msc
          endpoint: meld
          timepoint: 24w
          statistic: MEAN_SD
          values: {mean: 12.5, sd: 3.1}
          source: {url: 'https://example.org/demo', location: Table 2}
      """;

  @Test
  void bundledBaseLoadsWithExpectedCounts() {
    EvidenceBase base = EvidenceLoader.loadBundled();
    // counts follow from the shared CSVs: 24 studies in trials.csv + 8 new in pass2; 49 registry ids
    // in studies.md section E minus NCT01741090, which belongs to Jang2014.
    assertThat(base.count(StudyKind.CLINICAL)).isEqualTo(32);
    assertThat(base.count(StudyKind.REGISTRATION)).isEqualTo(48);
    assertThat(base.count(StudyKind.PRECLINICAL)).isEqualTo(2);
    assertThat(base.find("NCT01741090")).get().extracting(Study::id).isEqualTo("Jang2014");
    Study hua = base.find("Hua2020_RA").orElseThrow();
    Outcome meld = hua.outcomes().get(0);
    assertThat(meld.statistic()).isEqualTo(StatisticType.MEAN_SPREAD_UNSTATED);
    assertThat(meld.value("mean")).isEqualTo(14.41);
    assertThat(meld.source().url()).startsWith("https://ajtm.journals");
    // subgroups (Peng 2011 A1/A2, B1/B2) do not add to the total; whole-cohort-only studies count it
    assertThat(base.find("Peng2011").orElseThrow().totalN()).isEqualTo(53 + 105);
    assertThat(base.find("Jia2020").orElseThrow().totalN()).isEqualTo(123);
  }

  @Test
  void subgroupMustPointToAnotherArm() {
    String broken = VALID.replace("    route: PERIPHERAL_VEIN", "    route: PERIPHERAL_VEIN\n    subgroup_of: nothing");
    assertThatThrownBy(() -> EvidenceLoader.parseOne(broken, "s.yaml"))
        .hasMessageContaining("s.yaml: arms[0].subgroup_of: no other arm with id 'nothing'");
  }

  @Test
  void indexListsEveryFileOnDisk() throws IOException {
    var listed = EvidenceLoader.indexEntries(Files.readString(RESOURCES.resolve("index.txt")));
    try (Stream<Path> s = Files.walk(RESOURCES)) {
      var onDisk = s.filter(p -> p.toString().endsWith(".yaml"))
          .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/')).toList();
      assertThat(listed).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void everyValueCarriesASource() {
    for (Study s : EvidenceLoader.loadBundled().studies()) {
      assertThat(s.source().url()).as(s.id()).startsWith("http");
      s.arms().forEach(a -> assertThat(a.source()).as(s.id() + " " + a.id()).isNotNull());
      s.outcomes().forEach(o -> assertThat(o.source().location()).as(s.id() + " " + o.endpoint()).isNotBlank());
    }
  }

  @Test
  void validFileParses() {
    Study s = EvidenceLoader.parseOne(VALID, "Demo2020.yaml");
    assertThat(s.arms()).hasSize(1);
    assertThat(s.arms().get(0).dose().perKgOverlaps(5e5, 2e6)).isTrue();
    assertThat(s.outcomes().get(0).value("sd")).isEqualTo(3.1);
  }

  @Test
  void brokenFieldsAreReportedWithFileFieldAndProblem() {
    String broken = VALID.replace("route: PERIPHERAL_VEIN", "route: INTRANASAL")
        .replace("values: {mean: 12.5, sd: 3.1}", "values: {mean: 12.5, sd: -1}")
        .replace("arm: msc", "arm: mcs")
        .replace("registry_ids: [NCT01234567]", "registry_ids: [NCT123]");
    assertThatThrownBy(() -> EvidenceLoader.parseOne(broken, "studies/Broken.yaml"))
        .isInstanceOf(EvidenceValidationException.class)
        .hasMessageContaining("studies/Broken.yaml: arms[0].route: 'INTRANASAL' is not one of")
        .hasMessageContaining("studies/Broken.yaml: outcomes[0].values.sd: must be >= 0, found -1.0")
        .hasMessageContaining("studies/Broken.yaml: outcomes[0].arm: no arm with id 'mcs'")
        .hasMessageContaining("studies/Broken.yaml: registry_ids[0]: 'NCT123' is not a registry id");
  }

  @Test
  void missingRequiredValueAndUnknownFieldAreReported() {
    String broken = VALID.replace("values: {mean: 12.5, sd: 3.1}", "values: {mean: 12.5}")
        .replace("  route: PERIPHERAL_VEIN", "  rout: PERIPHERAL_VEIN");
    assertThatThrownBy(() -> EvidenceLoader.parseOne(broken, "x.yaml"))
        .hasMessageContaining("x.yaml: outcomes[0].values.sd: required for statistic MEAN_SD")
        .hasMessageContaining("x.yaml: arms[0].rout: unknown field")
        .hasMessageContaining("x.yaml: arms[0].route: required field is missing");
  }

  @Test
  void syntaxErrorNamesTheLine() {
    assertThatThrownBy(() -> EvidenceLoader.parseOne("id: [unclosed\nkind: CLINICAL\n", "bad.yaml"))
        .isInstanceOf(EvidenceValidationException.class)
        .hasMessageContaining("bad.yaml: (line ")
        .hasMessageContaining("not valid YAML/JSON");
  }

  @Test
  void folderWithDuplicateRegistryIdFails(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), VALID);
    Files.writeString(dir.resolve("b.yaml"), VALID.replace("id: Demo2020", "id: Other2021"));
    assertThatThrownBy(() -> EvidenceLoader.load(dir))
        .hasMessageContaining("b.yaml: registry_ids: registry id NCT01234567 is already used by Demo2020");
  }

  @Test
  void brokenFileInFolderFailsTheWholeLoad(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), VALID);
    Files.writeString(dir.resolve("b.yaml"), VALID.replace("id: Demo2020", "id: B").replace("kind: CLINICAL", "kind: TRIAL"));
    assertThatThrownBy(() -> EvidenceLoader.load(dir))
        .hasMessageContaining("b.yaml: kind: 'TRIAL' is not one of [CLINICAL, REGISTRATION, PRECLINICAL]");
  }
}
