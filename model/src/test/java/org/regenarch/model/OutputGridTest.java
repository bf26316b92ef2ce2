package org.regenarch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of `patient simulate`: multiples of --every, never after --days. */
class OutputGridTest {

  private static double[] days(double days, double every) {
    return Fixtures.SIM.simulate(Fixtures.preset("healthy"), List.of(), Modes.ALL_ON, days, every).days();
  }

  @Test
  void rowsNeverGoPastTheLastDay() {
    assertThat(days(10, 3)).containsExactly(0, 3, 6, 9);
  }

  @Test
  void aRoundedIntervalThatDividesTheRunEndsOnItsLastDay() {
    double[] hourly = days(7, 0.0416667);
    assertThat(hourly).hasSize(7 * 24 + 1);
    assertThat(hourly[hourly.length - 1]).isEqualTo(7.0);
    assertThat(hourly[1]).isCloseTo(1.0 / 24, within(1e-12));
  }
}
