package org.regenarch.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.regenarch.clinical.MissingInputException;

/** MELD-Na (OPTN 2016). */
class MeldNaTest {

  @Test
  void meldElevenIsNotAdjusted() {
    // MELD(i) = 1.12 ln 1.45 + 0.643 = 1.059 -> 11; 11 is not > 11
    ScoreResult r = MeldNa.compute(Visits.meldNa(1, 1, 1.45, 125).build());
    assertThat(r.value()).isEqualTo(11);
    assertThat(r.notes()).anyMatch(n -> n.contains("sodium term not applied"));
  }

  @Test
  void meldTwelveIsAdjusted() {
    // MELD(i) = 1.12 ln 1.6 + 0.643 = 1.169 -> 12; 12 + 1.32*12 - 0.033*12*12 = 23.088 -> 23
    ScoreResult r = MeldNa.compute(Visits.meldNa(1, 1, 1.6, 125).build());
    assertThat(r.inputs()).containsEntry("meld", 12);
    assertThat(r.value()).isEqualTo(23);
    assertThat(r.unrounded()).isCloseTo(23.088, within(1e-9));
  }

  @Test
  void sodiumBoundedTo125And137() {
    int at125 = MeldNa.compute(Visits.meldNa(1.4, 3.2, 1.8, 125).build()).value().intValue();
    ScoreResult low = MeldNa.compute(Visits.meldNa(1.4, 3.2, 1.8, 120).build());
    assertThat(low.value()).isEqualTo(at125).isEqualTo(29);
    assertThat(low.inputs()).containsEntry("sodium_mmol_l", 125.0);
    ScoreResult high = MeldNa.compute(Visits.meldNa(1.4, 3.2, 1.8, 141).build());
    assertThat(high.inputs()).containsEntry("sodium_mmol_l", 137.0);
    assertThat(high.value()).isEqualTo(Meld.compute(Visits.meld(1.4, 3.2, 1.8).build()).value())
        .isEqualTo(21);
    assertThat(MeldNa.compute(Visits.meldNa(1.4, 3.2, 1.8, 136).build()).value().intValue())
        .isGreaterThan(21);
  }

  @Test
  void dialysisCarriesThrough() {
    assertThat(MeldNa.compute(Visits.meldNa(1, 1, 1, 125).dialysis(true).build()).value())
        .isEqualTo(28);
  }

  @Test
  void capAtFortyAndMeldFortyIsSodiumNeutral() {
    assertThat(MeldNa.compute(Visits.meldNa(4, 40, 8, 125).build()).value()).isEqualTo(40);
    // at MELD 40 the sodium terms cancel: 1.32 = 0.033 * 40
    ScoreResult r = MeldNa.compute(Visits.meldNa(4, 40, 8, 130).build());
    assertThat(r.value()).isEqualTo(40);
  }

  @Test
  void sodiumIsRequired() {
    assertThatThrownBy(() -> MeldNa.compute(Visits.meld(1, 1, 1).build()))
        .isInstanceOf(MissingInputException.class).hasMessageContaining("sodium");
  }
}
