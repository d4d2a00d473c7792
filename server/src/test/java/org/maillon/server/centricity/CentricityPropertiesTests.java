package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maillon.centricity.ScoringSettings;
import org.maillon.centricity.Weights;

/** A scoring setting left unset takes the core's default, the only place defaults are written. */
class CentricityPropertiesTests {

  @Test
  void unsetSettingsTakeTheCoresDefaults() {
    CentricityProperties unset = new CentricityProperties(null, null, null, null, null, null, null, null, null, null,
        10, 8, 50, 2000);

    assertThat(unset.scoring()).isEqualTo(ScoringSettings.DEFAULTS);
  }

  @Test
  void aSettingGivenReplacesItsDefaultOnly() {
    CentricityProperties some = new CentricityProperties(30.0, null, null, null, null, null, 0.0, 4, null, 2.5,
        10, 8, 50, 2000);

    assertThat(some.scoring()).isEqualTo(new ScoringSettings(new Weights(30, 20, 25, 15, 15, 10, 0), 4, 10, 2.5));
  }
}
