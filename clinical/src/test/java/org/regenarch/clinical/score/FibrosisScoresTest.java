package org.regenarch.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regenarch.clinical.MissingInputException;
import org.regenarch.clinical.lab.AgeYears;
import org.regenarch.clinical.lab.Albumin;
import org.regenarch.clinical.lab.Alt;
import org.regenarch.clinical.lab.Ast;
import org.regenarch.clinical.lab.AstUpperLimit;
import org.regenarch.clinical.lab.Bilirubin;
import org.regenarch.clinical.lab.Platelets;
import org.regenarch.clinical.patient.PatientVisit;

/** ALBI, APRI and FIB-4: values, band edges, defaults and notes. */
class FibrosisScoresTest {

  @Test
  void albiValueInBothUnitSystems() {
    // 0.66 log10(30) - 0.085 * 35 = -2.000100
    PatientVisit si = PatientVisit.builder().bilirubin(Bilirubin.umolPerL(30))
        .albumin(Albumin.gPerL(35)).build();
    PatientVisit conv = PatientVisit.builder().bilirubin(Bilirubin.mgPerDl(30 / 17.1))
        .albumin(Albumin.gPerDl(3.5)).build();
    assertThat(Albi.compute(si).unrounded()).isCloseTo(-2.000100, within(1e-6));
    assertThat(Albi.compute(conv).unrounded()).isCloseTo(-2.000100, within(1e-6));
    assertThat(Albi.compute(si).value()).isEqualTo(-2.0001);
    assertThat(Albi.compute(si).classification()).isEqualTo(2);
    assertThat(Albi.compute(si).inputs()).containsEntry("bilirubin_umol_l", 30.0)
        .containsEntry("albumin_g_l", 35.0);
  }

  @ParameterizedTest(name = "ALBI {0} -> grade {1}")
  @CsvSource({"-3.5,1", "-2.6,1", "-2.5999,2", "-1.39,2", "-1.3899,3", "0.5,3"})
  void albiGradeEdges(double albi, int grade) {
    assertThat(Albi.grade(albi)).isEqualTo(grade);
  }

  private static PatientVisit.Builder apri(double ast, double platelets) {
    return PatientVisit.builder().ast(new Ast(ast)).platelets(new Platelets(platelets));
  }

  @Test
  void apriWithDefaultUpperLimitSaysSo() {
    ScoreResult r = Apri.compute(apri(80, 100).build());
    assertThat(r.value()).isEqualTo(2.0);
    assertThat(r.classification()).isEqualTo("rule-in");
    assertThat(r.inputs()).containsEntry("ast_uln_u_l", 40.0);
    assertThat(r.notes()).anyMatch(n -> n.contains("not given: 40 U/L used"));
  }

  @Test
  void apriWithGivenUpperLimit() {
    ScoreResult r = Apri.compute(apri(60, 120).astUpperLimit(new AstUpperLimit(35)).build());
    assertThat(r.unrounded()).isCloseTo(1.4285714, within(1e-7));
    assertThat(r.value()).isEqualTo(1.4286);
    assertThat(r.classification()).isEqualTo("indeterminate");
    assertThat(r.notes()).noneMatch(n -> n.contains("not given"));
  }

  @ParameterizedTest(name = "APRI AST {0}, platelets 100 -> {1}")
  @CsvSource({"19.6,rule-out", "20,rule-out", "20.4,indeterminate", "60,indeterminate", "60.4,rule-in"})
  void apriBandEdges(double ast, String band) {
    // ULN 40, platelets 100: APRI = AST / 40 -> 0.5 at AST 20, 1.5 at AST 60
    assertThat(Apri.compute(apri(ast, 100).build()).classification()).isEqualTo(band);
  }

  @Test
  void apriBandsAreConfigurable() {
    ThreeBands cirrhosis = new ThreeBands(1.0, true, 2.0, "no-cirrhosis", "grey", "cirrhosis");
    assertThat(Apri.compute(apri(80, 100).build(), cirrhosis).classification()).isEqualTo("grey");
  }

  private static PatientVisit.Builder fib4(double age, double ast, double alt, double plt) {
    return PatientVisit.builder().age(new AgeYears(age)).ast(new Ast(ast)).alt(new Alt(alt))
        .platelets(new Platelets(plt));
  }

  @Test
  void fib4Value() {
    // 55 * 45 / (150 * sqrt 30) = 3.012474
    ScoreResult r = Fib4.compute(fib4(55, 45, 30, 150).build());
    assertThat(r.unrounded()).isCloseTo(3.0124741, within(1e-7));
    assertThat(r.classification()).isEqualTo("indeterminate");
    assertThat(r.notes()).isEmpty();
  }

  @ParameterizedTest(name = "FIB-4 age {0} -> {1}")
  @CsvSource({"14.4,rule-out", "14.5,indeterminate", "32.5,indeterminate", "32.6,rule-in"})
  void fib4BandEdges(double age, String band) {
    // AST 10, ALT 1 (sqrt 1), platelets 100: FIB-4 = age / 10 -> 1.45 at 14.5, 3.25 at 32.5
    assertThat(Fib4.compute(fib4(age, 10, 1, 100).build()).classification()).isEqualTo(band);
  }

  @ParameterizedTest(name = "age {0} caution note: {1}")
  @CsvSource({"34.9,true", "35,false", "65,false", "65.1,true"})
  void fib4AgeCaution(double age, boolean caution) {
    ScoreResult r = Fib4.compute(fib4(age, 30, 30, 200).build());
    assertThat(r.notes().stream().anyMatch(n -> n.contains("caution"))).isEqualTo(caution);
  }

  @Test
  void fib4NeedsAge() {
    PatientVisit v = PatientVisit.builder().ast(new Ast(30)).alt(new Alt(30)).build();
    assertThatThrownBy(() -> Fib4.compute(v)).isInstanceOf(MissingInputException.class)
        .hasMessageContaining("age").hasMessageContaining("platelets");
  }
}
