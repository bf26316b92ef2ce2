package org.regenarch.evidence.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConversionsTest {
  @Test
  void wanRangeSdMatchesPublishedExample() {
    // metaBLUE::Wan.std(c(1, 4, 10), n = 30, "S1") prints sigmahat 2.205578
    // (https://rdrr.io/cran/metaBLUE/man/Wan.std.html, example output)
    assertThat(Conversions.fromMedianRange(1, 4, 10, 30, false).sd()).isCloseTo(2.205578, within(5e-7));
  }

  @Test
  void wanRangeMeanIsHozoForm() {
    assertThat(Conversions.fromMedianRange(1, 4, 10, 30, false).mean()).isEqualTo((1 + 8 + 10) / 4.0);
  }

  @Test
  void luoIqrMeanFollowsEquation15() {
    // Luo 2018 eq. 15 as implemented in R meta's mean_sd_iqr: (0.7 + 0.39/n)(q1+q3)/2 + (0.3 − 0.39/n)·median
    double expected = (0.7 + 0.39 / 50) * (10 + 25) / 2 + (0.3 - 0.39 / 50) * 15;
    Conversions.MeanSd m = Conversions.fromMedianIqr(10, 15, 25, 50, true);
    assertThat(m.mean()).isCloseTo(expected, within(1e-12));
    assertThat(m.method()).contains("Luo 2018");
  }

  @Test
  void ciToSdUsesTOrNormalQuantile() {
    // R: sqrt(25)*(3.64-2.18)/(2*qt(0.975, 24)) = 1.7684977682; with qnorm: 1.8622791178
    assertThat(Conversions.sdFromCiT(2.18, 3.64, 25)).isCloseTo(1.7684977682, within(1e-9));
    assertThat(Conversions.sdFromCiNormal(2.18, 3.64, 25)).isCloseTo(1.8622791178, within(1e-9));
  }

  @Test
  void seToSdAndChangeSd() {
    assertThat(Conversions.sdFromSe(2, 16)).isEqualTo(8);
    // Cochrane Handbook §6.5.2.8 formula by hand: √(4.6² + 4.4² − 2·0.75·4.6·4.4) = √10.16
    assertThat(Conversions.changeSd(4.6, 4.4, 0.75)).isCloseTo(Math.sqrt(10.16), within(1e-12));
  }

  @Test
  void rejectsUnorderedSummaries() {
    assertThatThrownBy(() -> Conversions.fromMedianIqr(5, 4, 10, 20, false)).isInstanceOf(MetaInputException.class)
        .hasMessageContaining("ordered");
  }
}
