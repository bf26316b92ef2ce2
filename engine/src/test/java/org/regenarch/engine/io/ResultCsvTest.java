package org.regenarch.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResultCsvTest {

  @Test
  void readsSuiteSpellingsOfSpecialValuesAndSpacedHeaders() {
    ResultCsv r = ResultCsv.parse("time, P, Q, R, S\n0,INF,-INF, NaN, nan\n1,inf,Infinity,NAN,1e-3\n", "x.csv");
    assertThat(r.hasTime()).isTrue();
    assertThat(r.columns()).containsExactly("P", "Q", "R", "S");
    assertThat(r.times()).containsExactly(0, 1);
    assertThat(r.values()[0]).containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.NaN);
    assertThat(r.values()[1][0]).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(r.values()[1][3]).isEqualTo(1e-3);
  }

  @Test
  void capitalisedTimeHeaderAndFluxBalanceTablesWithoutTime() {
    assertThat(ResultCsv.parse("Time,p1\n0,1\n", "a").hasTime()).isTrue();
    ResultCsv fba = ResultCsv.parse("R01,R26,OBJF\n1.0,1.0,1.0\n", "b");
    assertThat(fba.hasTime()).isFalse();
    assertThat(fba.columns()).containsExactly("R01", "R26", "OBJF");
    assertThat(fba.times()).isEmpty();
    assertThat(fba.rows()).isEqualTo(1);
  }

  @Test
  void readsVendoredCase00001() {
    ResultCsv r = ResultCsv.read(Path.of("src/test/resources/sbml-test-suite/semantic/00001/00001-results.csv"));
    assertThat(r.columns()).containsExactly("S1", "S2");
    assertThat(r.rows()).isEqualTo(51);
    assertThat(r.values()[1][0]).isEqualTo(0.0001357256127053939);
  }

  @Test
  void errorsNameFileLineAndColumn() {
    assertThatThrownBy(() -> ResultCsv.parse("time,a\n0,1\n1,x\n", "r.csv"))
        .hasMessageContaining("r.csv:3").hasMessageContaining("'a'").hasMessageContaining("'x'");
    assertThatThrownBy(() -> ResultCsv.parse("time,a\n0,1,2\n", "r.csv"))
        .hasMessageContaining("r.csv:2").hasMessageContaining("expected 2 values");
    assertThatThrownBy(() -> ResultCsv.parse("\n\n", "r.csv")).hasMessageContaining("empty");
  }
}
