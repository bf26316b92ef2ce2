package org.regenarch.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regenarch.clinical.ClinicalValidationException;
import org.regenarch.clinical.MissingInputException;
import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Inr;
import org.regenarch.clinical.lab.ProthrombinTimeProlongation;
import org.regenarch.clinical.patient.Ascites;
import org.regenarch.clinical.patient.Encephalopathy;
import org.regenarch.clinical.patient.PatientVisit;

/** Child-Pugh: every band edge (middle bands inclusive, SCORES.md decision) and the classes. */
class ChildPughTest {

  /** A visit scoring 1 point everywhere except what the test changes. */
  private static PatientVisit.Builder base() {
    return PatientVisit.builder().bilirubin(Bilirubin.mgPerDl(1.0)).albumin(Albumin.gPerDl(4.0))
        .inr(new Inr(1.0)).ascites(Ascites.NONE).encephalopathy(Encephalopathy.NONE);
  }

  private static int points(PatientVisit v) {
    return ChildPugh.compute(v).value().intValue();
  }

  @ParameterizedTest(name = "bilirubin {0} mg/dL -> {1} point(s)")
  @CsvSource({"1.99,1", "2.0,2", "2.5,2", "3.0,2", "3.01,3"})
  void bilirubinBands(double mgDl, int pts) {
    assertThat(points(base().bilirubin(Bilirubin.mgPerDl(mgDl)).build())).isEqualTo(4 + pts);
  }

  @ParameterizedTest(name = "bilirubin {0} umol/L -> {1} point(s)")
  @CsvSource({"34.1,1", "34.2,2", "51.3,2", "51.4,3"})
  void bilirubinBandsInSiUnitsAreExactAtTheEdges(double umolL, int pts) {
    assertThat(points(base().bilirubin(Bilirubin.umolPerL(umolL)).build())).isEqualTo(4 + pts);
  }

  @ParameterizedTest(name = "PBC/PSC bilirubin {0} mg/dL -> {1} point(s)")
  @CsvSource({"3.99,1", "4.0,2", "10.0,2", "10.01,3"})
  void cholestaticBilirubinBands(double mgDl, int pts) {
    assertThat(points(base().cholestatic(true).bilirubin(Bilirubin.mgPerDl(mgDl)).build()))
        .isEqualTo(4 + pts);
  }

  @ParameterizedTest(name = "albumin {0} g/dL -> {1} point(s)")
  @CsvSource({"3.51,1", "3.5,2", "3.0,2", "2.8,2", "2.79,3"})
  void albuminBands(double gDl, int pts) {
    assertThat(points(base().albumin(Albumin.gPerDl(gDl)).build())).isEqualTo(4 + pts);
  }

  @ParameterizedTest(name = "albumin {0} g/L -> {1} point(s)")
  @CsvSource({"35.1,1", "35,2", "28,2", "27.9,3"})
  void albuminBandsInGramsPerLitre(double gL, int pts) {
    assertThat(points(base().albumin(Albumin.gPerL(gL)).build())).isEqualTo(4 + pts);
  }

  @ParameterizedTest(name = "INR {0} -> {1} point(s)")
  @CsvSource({"1.69,1", "1.7,2", "2.3,2", "2.31,3"})
  void inrBands(double inr, int pts) {
    assertThat(points(base().inr(new Inr(inr)).build())).isEqualTo(4 + pts);
  }

  @ParameterizedTest(name = "PT +{0} s -> {1} point(s)")
  @CsvSource({"3.9,1", "4,2", "6,2", "6.1,3"})
  void prothrombinTimeMayReplaceInr(double seconds, int pts) {
    PatientVisit v = base().inr(null).ptProlongation(new ProthrombinTimeProlongation(seconds)).build();
    ScoreResult r = ChildPugh.compute(v);
    assertThat(r.value()).isEqualTo(4 + pts);
    assertThat(r.inputs()).containsKey("pt_prolongation_s").doesNotContainKey("inr");
  }

  @Test
  void inrAndPtTogetherAreRejected() {
    assertThatThrownBy(() -> base().ptProlongation(new ProthrombinTimeProlongation(5)).build())
        .isInstanceOf(ClinicalValidationException.class).hasMessageContaining("not both");
  }

  @Test
  void ascitesAndEncephalopathyPoints() {
    assertThat(points(base().ascites(Ascites.MILD).build())).isEqualTo(6);
    assertThat(points(base().ascites(Ascites.MODERATE_SEVERE).build())).isEqualTo(7);
    assertThat(points(base().encephalopathy(Encephalopathy.GRADE_1_2).build())).isEqualTo(6);
    assertThat(points(base().encephalopathy(Encephalopathy.GRADE_3_4).build())).isEqualTo(7);
  }

  @ParameterizedTest(name = "{0} points -> class {1}")
  @CsvSource({"5,A", "6,A", "7,B", "9,B", "10,C", "15,C"})
  void classEdges(int pts, String cls) {
    assertThat(ChildPugh.classOf(pts)).isEqualTo(cls);
  }

  @Test
  void resultCarriesClassAndPointsBreakdown() {
    ScoreResult r = ChildPugh.compute(base().ascites(Ascites.MILD).bilirubin(Bilirubin.mgPerDl(2.5))
        .build());
    assertThat(r.value()).isEqualTo(7);
    assertThat(r.classification()).isEqualTo("B");
    assertThat(r.notes().get(0)).isEqualTo(
        "points: bilirubin 2, albumin 1, INR 1, ascites 2, encephalopathy 1");
  }

  @Test
  void missingInputsNamed() {
    PatientVisit v = PatientVisit.builder().bilirubin(Bilirubin.mgPerDl(1)).build();
    assertThatThrownBy(() -> ChildPugh.compute(v)).isInstanceOf(MissingInputException.class)
        .hasMessageContaining("albumin").hasMessageContaining("INR (or prothrombin-time")
        .hasMessageContaining("ascites").hasMessageContaining("encephalopathy");
  }
}
