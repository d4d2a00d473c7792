package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexPointsTests {

  @Test
  void theIndexIsShownInWholePointsRoundedHalfUp() {
    assertThat(IndexPoints.of(62.8)).isEqualTo("63");
    assertThat(IndexPoints.of(62.5)).isEqualTo("63");
    assertThat(IndexPoints.of(62.49)).isEqualTo("62");
    assertThat(IndexPoints.of(100.0)).isEqualTo("100");
    assertThat(IndexPoints.of(0.0)).isEqualTo("0");
  }

  @Test
  void noIndexIsADash() {
    assertThat(IndexPoints.of(null)).isEqualTo("—");
    assertThat(IndexPoints.of(Double.NaN)).isEqualTo("—");
  }
}
