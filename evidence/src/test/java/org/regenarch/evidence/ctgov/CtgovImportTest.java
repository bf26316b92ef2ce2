package org.regenarch.evidence.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.evidence.base.EvidenceBase;
import org.regenarch.evidence.base.EvidenceLoader;
import org.regenarch.evidence.base.Enums.ArmRole;
import org.regenarch.evidence.base.Enums.CellSource;
import org.regenarch.evidence.base.Enums.Condition;
import org.regenarch.evidence.base.Enums.Design;
import org.regenarch.evidence.base.Enums.Donor;
import org.regenarch.evidence.base.Enums.Route;
import org.regenarch.evidence.base.StatisticType;
import org.regenarch.evidence.base.Study;
import org.regenarch.evidence.base.StudyWriter;

class CtgovImportTest {
  private static final Path FIX = Path.of("src/test/resources/ctgov");
  private static final EvidenceBase EMPTY = new EvidenceBase(List.of());

  private static Path copy(Path dir, String... names) throws IOException {
    for (String n : names) {
      Files.copy(FIX.resolve(n), dir.resolve(n));
    }
    return dir;
  }

  @Test
  void singleStudyMapsProtocolFields() {
    ImportReport r = CtgovImport.run(FIX.resolve("NCT05013879.json"), EMPTY);
    assertThat(r.prisma().recordsFound()).isEqualTo(1);
    Study s = CtgovMapper.map(CtgovReader.read(FIX.resolve("NCT05013879.json")).studies().get(0).study(), "x", new ArrayList<>());
    assertThat(s.id()).isEqualTo("NCT05013879");
    assertThat(s.phase()).isEqualTo("N/A");
    assertThat(s.status()).isEqualTo("COMPLETED");
    assertThat(s.design()).isEqualTo(Design.RCT);
    assertThat(s.enrollmentAsPrinted()).isEqualTo("65 (actual)");
    assertThat(s.country()).isEqualTo("United States");
    assertThat(s.pmid()).isNull(); // its only PMID is a BACKGROUND reference
    assertThat(s.condition()).isEqualTo(Condition.OTHER);
    assertThat(s.arms()).extracting(a -> a.role()).containsExactly(ArmRole.OTHER, ArmRole.CONTROL);
    assertThat(s.source().url()).isEqualTo("https://clinicaltrials.gov/study/NCT05013879");
  }

  @Test
  void exampleRecordsGivePrismaCounts(@TempDir Path dir) throws IOException {
    copy(dir, "NCT00517179.json", "NCT05013879.json", "oas_example_studies_page.json");
    ImportReport r = CtgovImport.run(dir, EMPTY);
    PrismaCounts p = r.prisma();
    assertThat(p.recordsFound()).isEqualTo(5);
    assertThat(p.duplicatesRemoved()).isZero();
    assertThat(p.screened()).isEqualTo(5);
    assertThat(p.excluded()).isEqualTo(5);
    assertThat(p.included()).isZero();
    // the palliative-care ESLD trial is a liver population without an MSC product
    assertThat(p.exclusionReasons()).containsEntry(EligibilityScreen.NOT_MSC, 1)
        .containsEntry(EligibilityScreen.NOT_LIVER, 4);
    assertThat(r.warnings()).anyMatch(w -> w.contains("abracadabra") && w.contains("incomplete"));
  }

  @Test
  void duplicateAcrossFilesIsRemovedBeforeScreening(@TempDir Path dir) throws IOException {
    copy(dir, "NCT05013879.json");
    Files.writeString(dir.resolve("page2.json"),
        "{\"studies\": [" + Files.readString(FIX.resolve("NCT05013879.json")) + "]}");
    ImportReport r = CtgovImport.run(dir, EMPTY);
    assertThat(r.prisma().recordsFound()).isEqualTo(2);
    assertThat(r.prisma().duplicatesRemoved()).isEqualTo(1);
    assertThat(r.prisma().screened()).isEqualTo(1);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void mscRecordMapsArmsDoseAndResults() {
    ImportReport r = CtgovImport.run(FIX.resolve("synthetic_msc_cirrhosis.json"), EMPTY);
    assertThat(r.prisma().included()).isEqualTo(1);
    assertThat(r.prisma().newRecords()).isEqualTo(1);
    Study s = r.included().get(0);
    assertThat(s.registryIds()).containsExactly("NCT09999901", "ChiCTR2000012345");
    assertThat(s.condition()).isEqualTo(Condition.CIRRHOSIS);
    assertThat(s.phase()).isEqualTo("1/2");
    assertThat(s.pmid()).isEqualTo("12345678");
    var msc = s.arms().get(0);
    assertThat(msc.role()).isEqualTo(ArmRole.MSC);
    assertThat(msc.product().source()).isEqualTo(CellSource.UC);
    assertThat(msc.product().donor()).isEqualTo(Donor.ALLOGENEIC);
    assertThat(msc.route()).isEqualTo(Route.PERIPHERAL_VEIN);
    assertThat(msc.dose().cellsPerKgMin()).isEqualTo(1.0e6);
    // MELD: control value "NA" is skipped with a warning; deaths map to events/total with the denominators
    assertThat(s.outcomes()).extracting(o -> o.endpoint() + "@" + o.timepoint() + ":" + o.statistic())
        .containsExactly("meld-score@24w:MEAN_SD", "death@48w:EVENTS_TOTAL", "death@48w:EVENTS_TOTAL");
    assertThat(s.outcomes().get(2).values()).containsEntry("events", 5.0).containsEntry("total", 19.0);
    assertThat(r.warnings()).anyMatch(w -> w.contains("'NA'")).anyMatch(w -> w.contains("GEOMETRIC_MEAN"));
    assertThat(s.outcomes().get(0).statistic()).isEqualTo(StatisticType.MEAN_SD);
  }

  @Test
  void mappedRecordRoundTripsThroughTheSchema(@TempDir Path dir) {
    Study s = CtgovImport.run(FIX.resolve("synthetic_msc_cirrhosis.json"), EMPTY).included().get(0);
    StudyWriter.writeAll(List.of(s), dir);
    Study back = EvidenceLoader.load(dir).studies().get(0);
    assertThat(back.arms()).isEqualTo(s.arms());
    assertThat(back.outcomes()).isEqualTo(s.outcomes());
    assertThat(back.registryIds()).isEqualTo(s.registryIds());
  }

  @Test
  void mergeKeepsCuratedValuesAndReportsConflicts(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Curated.yaml"), """
        schema: regenarch.evidence.study/1
        id: Curated2021
        kind: CLINICAL
        registry_ids: [ChiCTR2000012345]
        design: RCT
        condition: CIRRHOSIS
        population: HBV decompensated cirrhosis
        country: China
        phase: '2'
        source: {url: 'https://example.org/paper', location: abstract}
        arms:
          - {id: msc, label: MSC, role: MSC, n: 21, route: PERIPHERAL_VEIN,
             product: {source: UC, donor: ALLOGENEIC, type: CELLS}, source: {url: 'https://example.org/paper', location: abstract}}
          - {id: control, label: control, role: CONTROL, n: 21, source: {url: 'https://example.org/paper', location: abstract}}
        """);
    EvidenceBase curated = EvidenceLoader.load(dir);
    ImportReport r = CtgovImport.run(FIX.resolve("synthetic_msc_cirrhosis.json"), curated);
    assertThat(r.prisma().matchedCurated()).isEqualTo(1);
    assertThat(r.merge().conflicts()).extracting(MergeConflict::field).containsExactlyInAnyOrder("phase", "enrollment");
    assertThat(r.merge().conflicts()).anyMatch(c -> c.curatedValue().equals("2") && c.importedValue().equals("1/2"));
    Study merged = r.merge().studies().get(0);
    assertThat(merged.phase()).isEqualTo("2");            // curated wins
    assertThat(merged.status()).isEqualTo("COMPLETED");   // empty curated field filled
    assertThat(merged.registryIds()).contains("NCT09999901", "ChiCTR2000012345");
    assertThat(merged.arms()).hasSize(2).allMatch(a -> a.n() == 21);
  }

  @Test
  void twoRegistryRecordsOfOneCuratedStudyMergeIntoIt(@TempDir Path dir) throws IOException {
    String rec = Files.readString(FIX.resolve("synthetic_msc_cirrhosis.json"));
    Files.writeString(dir.resolve("a.json"), rec);
    Files.writeString(dir.resolve("b.json"), rec.replace("NCT09999901", "NCT09999902"));
    Path cur = Files.createDirectory(dir.resolve("curated"));
    Files.writeString(cur.resolve("C.yaml"), """
        schema: regenarch.evidence.study/1
        id: C2020
        kind: REGISTRATION
        registry_ids: [ChiCTR2000012345]
        design: NOT_STATED
        condition: CIRRHOSIS
        population: demo
        source: {url: 'https://example.org/c', location: registry}
        """);
    Files.move(dir.resolve("a.json"), Files.createDirectory(dir.resolve("in")).resolve("a.json"));
    Files.move(dir.resolve("b.json"), dir.resolve("in").resolve("b.json"));
    ImportReport r = CtgovImport.run(dir.resolve("in"), EvidenceLoader.load(cur));
    assertThat(r.prisma().matchedCurated()).isEqualTo(2);
    assertThat(r.merge().studies()).hasSize(1);
    assertThat(r.merge().studies().get(0).registryIds())
        .containsExactly("ChiCTR2000012345", "NCT09999901", "NCT09999902");
  }

  @Test
  void unreadableInputNamesTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("odd.json"), "{\"foo\": 1}");
    assertThatThrownBy(() -> CtgovImport.run(dir, EMPTY)).isInstanceOf(CtgovInputException.class)
        .hasMessageContaining("odd.json: expected a Study object").hasMessageContaining("[foo]");
    Files.writeString(dir.resolve("odd.json"), "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"X1\"}}}");
    assertThatThrownBy(() -> CtgovImport.run(dir, EMPTY))
        .hasMessageContaining("odd.json: protocolSection.identificationModule.nctId: expected NCT + 8 digits, found 'X1'");
  }

  @Test
  void bundledBaseMatchesRegistrationsByRegistryId(@TempDir Path dir) throws IOException {
    String rec = Files.readString(FIX.resolve("synthetic_msc_cirrhosis.json"))
        .replace("NCT09999901", "NCT01741090").replace("\"PHASE1\", \"PHASE2\"", "\"PHASE2\"");
    Files.writeString(dir.resolve("a.json"), rec);
    ImportReport r = CtgovImport.run(dir, EvidenceLoader.loadBundled());
    assertThat(r.merge().matched()).containsExactly("Jang2014 <- NCT01741090");
    // Jang2014 is single-arm alcoholic cirrhosis in Korea: the synthetic record disagrees on design/country
    assertThat(r.merge().conflicts()).extracting(MergeConflict::field).contains("design", "country", "status");
  }
}
