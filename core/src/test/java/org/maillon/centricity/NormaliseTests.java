package org.maillon.centricity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each normalisation on values worked out by hand. */
class NormaliseTests {

  @Test
  void distanceFallsByAFifthPerHopToZeroAtTheCap() {
    assertThat(Normalise.distance(1, 6)).isEqualTo(1.0);
    assertThat(Normalise.distance(2, 6)).isCloseTo(0.8, within(1e-12));
    assertThat(Normalise.distance(3, 6)).isCloseTo(0.6, within(1e-12));
    assertThat(Normalise.distance(5, 6)).isCloseTo(0.2, within(1e-12));
    assertThat(Normalise.distance(6, 6)).isEqualTo(0.0);
    assertThat(Normalise.distance(9, 6)).isEqualTo(0.0);
    assertThat(Normalise.distance(null, 6)).isEqualTo(0.0);
    assertThat(Normalise.distance(2, 2)).isEqualTo(0.0);
    assertThatThrownBy(() -> Normalise.distance(1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void satisfactionMapsTheFivePointScale() {
    assertThat(Normalise.satisfaction(1.0)).isEqualTo(0.0);
    assertThat(Normalise.satisfaction(3.0)).isEqualTo(0.5);
    assertThat(Normalise.satisfaction(4.2)).isCloseTo(0.8, within(1e-12));
    assertThat(Normalise.satisfaction(5.0)).isEqualTo(1.0);
    assertThat(Normalise.satisfaction(null)).isNull();
  }

  @Test
  void requirementsAreTheShareCovered() {
    assertThat(Normalise.requirements(4, 1)).isEqualTo(0.75);
    assertThat(Normalise.requirements(3, 0)).isEqualTo(1.0);
    assertThat(Normalise.requirements(0, 0)).isNull();
    assertThatThrownBy(() -> Normalise.requirements(1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void proceduresHalveAtTheReference() {
    assertThat(Normalise.procedures(0.0, 10)).isEqualTo(1.0);
    assertThat(Normalise.procedures(10.0, 10)).isEqualTo(0.5);
    assertThat(Normalise.procedures(20.0, 10)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(Normalise.procedures(null, 10)).isNull();
  }

  @Test
  void levelsLoseTheirExcessShare() {
    // The seed's SME: 5 levels between boss and base where 2 are needed, 3 in excess: 1 − 3/5.
    assertThat(Normalise.levels(500, 3, 5)).isCloseTo(0.4, within(1e-12));
    assertThat(Normalise.levels(6000, 0, 3)).isEqualTo(1.0);
    assertThat(Normalise.levels(1, 0, 0)).isEqualTo(1.0);
    assertThat(Normalise.levels(0, 0, 0)).isNull();
  }

  @Test
  void sharesPassThroughAndStayNullWithoutData() {
    assertThat(Normalise.listening(0.25)).isEqualTo(0.25);
    assertThat(Normalise.listening(null)).isNull();
    assertThat(Normalise.freshness(0.75)).isEqualTo(0.75);
    assertThat(Normalise.freshness(null)).isNull();
  }
}
