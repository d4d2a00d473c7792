package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndexFormatTests {

  private final IndexFormat format = new IndexFormat();

  @Test
  void theIndexIsShownInWholePointsRoundedHalfUp() {
    assertThat(format.points(62.8, Locale.ENGLISH)).isEqualTo("63");
    assertThat(format.points(62.5, Locale.FRENCH)).isEqualTo("63");
    assertThat(format.points(62.49, Locale.ENGLISH)).isEqualTo("62");
    assertThat(format.points(100.0, Locale.ENGLISH)).isEqualTo("100");
    assertThat(format.points(0.0, Locale.FRENCH)).isEqualTo("0");
  }

  @Test
  void noIndexIsADash() {
    assertThat(format.points(null, Locale.ENGLISH)).isEqualTo("—");
  }

  @Test
  void aGainKeepsItsSignAndOneDecimalInTheLocalesFormat() {
    assertThat(format.gain(7.25, Locale.ENGLISH)).isEqualTo("+7.3");
    assertThat(format.gain(7.25, Locale.FRENCH)).isEqualTo("+7,3");
  }
}
