package org.maillon.centricity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The defaults the documentation gives, and settings that cannot score refused. */
class ScoringSettingsTests {

  @Test
  void theDefaultsAreThoseOfTheDocumentation() {
    ScoringSettings defaults = ScoringSettings.DEFAULTS;
    assertThat(defaults.weights()).isEqualTo(new Weights(15, 20, 25, 15, 15, 10, 10));
    assertThat(defaults.distanceCap()).isEqualTo(6);
    assertThat(defaults.procedureReference()).isEqualTo(10);
    assertThat(defaults.lowSatisfaction()).isEqualTo(3);
  }

  @Test
  void aCapBelowTwoOrAReferenceOfZeroIsRefused() {
    assertThatThrownBy(() -> new ScoringSettings(Weights.DEFAULTS, 1, 10, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cap");
    assertThatThrownBy(() -> new ScoringSettings(Weights.DEFAULTS, 6, 0, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
  }
}
