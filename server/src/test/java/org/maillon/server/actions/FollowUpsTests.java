package org.maillon.server.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTests {

  @Test
  void theMedianIsTheMiddleDayOrTheMeanOfTheTwoMiddleOnesToATenth() {
    assertThat(FollowUps.median(List.of())).isNull();
    assertThat(FollowUps.median(List.of(1.0, 2.0, 9.0))).isEqualTo(2.0);
    assertThat(FollowUps.median(List.of(1.0, 2.25, 3.0, 9.0))).isEqualTo(2.6);
  }
}
