package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ParameterTableTest {
  private final ParameterTable table = ParameterTable.standard();

  @Test
  void everyParameterHasUnitProvenanceAndAPlausibleRange() {
    assertThat(table.all()).hasSizeGreaterThan(100);
    for (Parameter p : table.all().values()) {
      assertThat(p.unit()).as(p.id()).isNotBlank();
      assertThat(p.reference()).as(p.id()).isNotBlank();
      assertThat(p.description()).as(p.id()).isNotBlank();
      assertThat(p.low()).as(p.id()).isLessThanOrEqualTo(p.value());
      assertThat(p.high()).as(p.id()).isGreaterThanOrEqualTo(p.value());
    }
  }

  @Test
  void allThreeProvenanceKindsAreUsedAndCounted() {
    var counts = table.countsByKind();
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(table.all().size());
    assertThat(counts.get(Parameter.Kind.SOURCE)).isPositive();
    assertThat(counts.get(Parameter.Kind.CALIBRATED)).isPositive();
    assertThat(counts.get(Parameter.Kind.ASSUMED)).isPositive();
  }

  @Test
  void sourcedValuesCarryTheirConversions() {
    // Half-lives converted with k = ln2 / t1/2.
    assertThat(table.value("k_mfb_elim")).isCloseTo(Math.log(2) / 3.54, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(table.value("k_albumin")).isCloseTo(Math.log(2) / 20, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(table.value("hvpg_decomp_slope")).isCloseTo(Math.log(1.22), org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void everyTableParameterIsAnSbmlParameterOfTheModel() {
    var model = CirrhosisModelBuilder.build(table).getModel();
    for (String id : table.all().keySet()) {
      assertThat(model.getParameter(id)).as(id).isNotNull();
      assertThat(model.getParameter(id).getValue()).isEqualTo(table.value(id));
    }
  }

  @Test
  void malformedRowsAreReportedWithTheirLine() {
    String csv = "id,value,unit,kind,reference,low,high,description\nx,2,1,assumed,r,0,1,d\n";
    assertThatThrownBy(() -> ParameterTable.parse(new BufferedReader(new StringReader(csv))))
        .hasMessageContaining("line 2").hasMessageContaining("outside its range");
    String bad = "id,value,unit,kind,reference,low,high,description\nx,1,1,guessed,r,0,1,d\n";
    assertThatThrownBy(() -> ParameterTable.parse(new BufferedReader(new StringReader(bad))))
        .hasMessageContaining("line 2");
  }
}
