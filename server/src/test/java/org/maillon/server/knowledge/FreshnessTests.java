package org.maillon.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The freshness boundary, by hand: with 180 days, an entry 179 days old is young, 180 or 181 is too old. */
class FreshnessTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  final Freshness freshness = new Freshness(TODAY, 180);

  @Test
  void anEntryIsYoungStrictlyAfterTodayMinusThePeriod() {
    assertThat(freshness.tooOld()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(freshness.isYoung(TODAY)).isTrue();
    assertThat(freshness.isYoung(TODAY.minusDays(179))).isTrue();
    assertThat(freshness.isYoung(TODAY.minusDays(180))).isFalse();
    assertThat(freshness.isYoung(TODAY.minusDays(181))).isFalse();
    assertThat(freshness.isYoung(null)).isFalse();
  }

  @Test
  void aCardIsFreshWhenEveryFacetHasAYoungEntry() {
    Map<Facet, LocalDate> latest = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      latest.put(facet, TODAY.minusDays(179));
    }
    assertThat(freshness.isFresh(latest)).isTrue();

    latest.put(Facet.STAKES, TODAY.minusDays(181));
    assertThat(freshness.isFresh(latest)).isFalse();

    latest.remove(Facet.STAKES);
    assertThat(freshness.isFresh(latest)).as("a facet without an entry").isFalse();
    assertThat(freshness.isFresh(Map.of())).isFalse();
  }
}
