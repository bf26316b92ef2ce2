package org.regenarch.clinical.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitConversionsTest {

  @ParameterizedTest(name = "bilirubin {0} umol/L = {1} mg/dL exactly")
  @CsvSource({"17.1,1.0", "34.2,2.0", "51.3,3.0", "68.4,4.0", "171,10.0"})
  void bilirubinBandEdgesConvertExactly(double umol, double mg) {
    assertThat(Bilirubin.umolPerL(umol).inMgPerDl()).isEqualTo(mg);
    assertThat(Bilirubin.mgPerDl(mg).inUmolPerL()).isEqualTo(umol);
  }

  @Test
  void creatinineAndAlbuminFactors() {
    assertThat(Creatinine.umolPerL(88.4).inMgPerDl()).isEqualTo(1.0);
    assertThat(Creatinine.umolPerL(353.6).inMgPerDl()).isEqualTo(4.0);
    assertThat(Creatinine.mgPerDl(3.0).inUmolPerL()).isEqualTo(265.2);
    assertThat(Albumin.gPerL(35).inGPerDl()).isEqualTo(3.5);
    assertThat(Albumin.gPerL(28).inGPerDl()).isEqualTo(2.8);
    assertThat(Albumin.gPerDl(3.5).inGPerL()).isEqualTo(35.0);
  }

  @Test
  void roundTripIsStable() {
    for (double v = 0.1; v < 60; v += 0.37) {
      assertThat(Bilirubin.umolPerL(Bilirubin.mgPerDl(v).inUmolPerL()).inMgPerDl())
          .isCloseTo(v, within(1e-12));
    }
  }

  @Test
  void unitSpellings() {
    assertThat(BilirubinUnit.parse("µmol/L")).isEqualTo(BilirubinUnit.UMOL_PER_L);
    assertThat(BilirubinUnit.parse("umol/l")).isEqualTo(BilirubinUnit.UMOL_PER_L);
    assertThat(BilirubinUnit.parse("mg_dl")).isEqualTo(BilirubinUnit.MG_PER_DL);
    assertThat(CreatinineUnit.parse("MG/DL")).isEqualTo(CreatinineUnit.MG_PER_DL);
    assertThat(AlbuminUnit.parse("g/L")).isEqualTo(AlbuminUnit.G_PER_L);
    assertThat(AlbuminUnit.parse("g/dL")).isEqualTo(AlbuminUnit.G_PER_DL);
  }
}
