package org.regenarch.engine.fba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regenarch.engine.ModelFormatException;
import org.regenarch.engine.SbmlSnippets;

class FluxBalanceTest {

  @Test
  void detectsTheFbcPackageOfEitherVersionButNotCoreModels() throws Exception {
    assertThat(FluxBalance.usesFbc(FbcReaderTest.suiteModel("01186"))).isTrue(); // fbc v1
    assertThat(FluxBalance.usesFbc(FbcReaderTest.suiteModel("01606"))).isTrue(); // fbc v2
    assertThat(FluxBalance.usesFbc(SbmlSnippets.decay(1, 1, 1))).isFalse();
  }

  @Test
  void solvesAFileAndNamesAMissingOne() {
    Path model = FbcSuiteCasesTest.semanticDir().resolve("01190/01190-sbml-l3v2.xml");
    FluxBalanceResult r = FluxBalance.solve(model);
    // 01190: maximise 0.5 R26 with uptake R01 <= 1: R26 = 1, OBJF = 0.5 (01190-results.csv)
    assertThat(r.objectiveId()).isEqualTo("OBJF");
    assertThat(r.value("OBJF")).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
    assertThatThrownBy(() -> FluxBalance.solve(Path.of("no/such/model.xml")))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("no/such/model.xml");
  }
}
