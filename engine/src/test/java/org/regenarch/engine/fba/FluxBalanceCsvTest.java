package org.regenarch.engine.fba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regenarch.engine.io.ResultCsv;

class FluxBalanceCsvTest {

  private static FluxBalanceResult result(double r1, double r2, double objective) {
    Map<String, Double> fluxes = new LinkedHashMap<>();
    fluxes.put("R01", r1);
    fluxes.put("R26", r2);
    return new FluxBalanceResult(FluxBalanceResult.Status.OPTIMAL, "OBJF", objective, fluxes, "");
  }

  @Test
  void writesTheRequestedColumnsInOrderAndReadsBackExactly(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.csv");
    FluxBalanceCsv.write(out, result(0.1, 1.0 / 3, 2.5), List.of("OBJF", "R26"));

    assertThat(Files.readString(out)).isEqualTo("OBJF,R26\n2.5," + (1.0 / 3) + "\n");
    ResultCsv back = ResultCsv.read(out);
    assertThat(back.hasTime()).isFalse();
    assertThat(back.values()[0]).containsExactly(2.5, 1.0 / 3);
  }

  @Test
  void writesAllColumnsWhenNoneAreRequestedAndNaNForInfeasible(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("all.csv");
    FluxBalanceCsv.write(out, result(Double.NaN, Double.NaN, Double.NaN), List.of());
    assertThat(Files.readString(out)).isEqualTo("R01,R26,OBJF\nNaN,NaN,NaN\n");
  }

  @Test
  void unknownColumnIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> FluxBalanceCsv.write(dir.resolve("x.csv"), result(1, 1, 1), List.of("R99")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'R99'");
  }
}
