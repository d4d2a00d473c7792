package org.maillon.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LastLookupTests {

  private final LastLookup lookup = new LastLookup(IdIndex.of(new String[] {"a", "b", "c"}));

  @Test
  void answers_as_the_index_does_whether_the_id_repeats_or_not() {
    assertThat(lookup.positionOf("b")).isEqualTo(1);
    assertThat(lookup.positionOf(new String("b"))).isEqualTo(1);
    assertThat(lookup.positionOf("c")).isEqualTo(2);
    assertThat(lookup.positionOf("a")).isEqualTo(0);
  }

  @Test
  void an_unknown_or_null_id_is_absent_and_does_not_stick() {
    assertThat(lookup.positionOf("z")).isEqualTo(IdIndex.ABSENT);
    assertThat(lookup.positionOf("z")).isEqualTo(IdIndex.ABSENT);
    assertThat(lookup.positionOf(null)).isEqualTo(IdIndex.ABSENT);
    assertThat(lookup.positionOf("a")).isEqualTo(0);
    assertThat(lookup.positionOf(null)).isEqualTo(IdIndex.ABSENT);
    assertThat(lookup.positionOf("a")).isEqualTo(0);
  }
}
