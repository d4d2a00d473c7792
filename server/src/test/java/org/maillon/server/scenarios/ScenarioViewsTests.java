package org.maillon.server.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.server.scenarios.ScenarioService.WhatIf;

/** What the scenario views keep: one per scenario as it stands, for a day, the least recently viewed going first. */
class ScenarioViewsTests {

  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  final ScenarioViews views = new ScenarioViews();
  final List<String> computed = new ArrayList<>();

  @Test
  void aScenarioViewedTwiceIsComputedOnceAndAgainOnceChangedEvictedOrOnANewDay() {
    SavedScenario first = scenario("a", 1);
    WhatIf kept = view(first, MONDAY);
    assertThat(view(first, MONDAY)).isSameAs(kept);
    view(scenario("a", 2), MONDAY);
    view(scenario("a", 2), MONDAY.plusDays(1));
    views.evict("a");
    view(scenario("a", 2), MONDAY.plusDays(1));
    assertThat(computed).containsExactly("a@1", "a@2", "a@2", "a@2");
  }

  @Test
  void atMostKeptViewsStayTheLeastRecentlyViewedGoingFirst() {
    for (int i = 0; i <= ScenarioViews.KEPT; i++) {
      view(scenario("s" + i, 1), MONDAY);
      view(scenario("s0", 1), MONDAY);
    }
    assertThat(views.size()).isEqualTo(ScenarioViews.KEPT);
    view(scenario("s0", 1), MONDAY);
    view(scenario("s1", 1), MONDAY);
    assertThat(computed).containsExactly("s0@1", "s1@1", "s2@1", "s3@1", "s4@1", "s5@1", "s6@1", "s7@1", "s8@1",
        "s1@1");
  }

  private WhatIf view(SavedScenario scenario, LocalDate day) {
    return views.of(scenario, day, () -> {
      computed.add(scenario.id() + "@" + scenario.updatedAt().getEpochSecond());
      return new WhatIf(scenario, null, null, null, null);
    });
  }

  private static SavedScenario scenario(String id, long revision) {
    return new SavedScenario(id, id, "tester", 1, "{}", Instant.EPOCH, Instant.ofEpochSecond(revision));
  }
}
