package org.regenarch.engine.fba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regenarch.engine.io.SettingsFormatException;
import org.regenarch.engine.sim.SimulationRequest;

class FluxBalanceSettingsTest {

  @Test
  void readsVariablesAndTolerancesOfABlankTimeCourse() {
    // the settings of case 01186
    FluxBalanceSettings s = FluxBalanceSettings.parse("start:\nduration:\nsteps:\nvariables: R01,R26,OBJF\n"
        + "absolute: 0.001\nrelative: 0.002\namount: \nconcentration: \n", "01186-settings.txt");
    assertThat(s.variables()).containsExactly("R01", "R26", "OBJF");
    assertThat(s.absoluteTolerance()).isEqualTo(0.001);
    assertThat(s.relativeTolerance()).isEqualTo(0.002);
  }

  @Test
  void blankTolerancesFallBackToTheEngineDefaults() {
    FluxBalanceSettings s = FluxBalanceSettings.parse("variables: OBJF\nabsolute:\n", "s.txt");
    assertThat(s.absoluteTolerance()).isEqualTo(SimulationRequest.DEFAULT_ABS_TOL);
    assertThat(s.relativeTolerance()).isEqualTo(SimulationRequest.DEFAULT_REL_TOL);
  }

  @Test
  void badValuesNameFileAndLine() {
    assertThatThrownBy(() -> FluxBalanceSettings.parse("variables: OBJF\nrelative: -1\n", "s.txt"))
        .isInstanceOf(SettingsFormatException.class).hasMessageStartingWith("s.txt:2: ")
        .hasMessageContaining("'relative' must be a finite number > 0, got '-1'");
    assertThatThrownBy(() -> FluxBalanceSettings.parse("absolute: 1e-3\n", "t.txt"))
        .isInstanceOf(SettingsFormatException.class).hasMessageContaining("missing 'variables'");
  }
}
