package org.maillon.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Overdue links at the boundary of their cadence, and the on-time share. */
class RegularListeningTests {

  private static final Instant LAST = Instant.parse("2026-03-01T10:00:00Z");
  private static final ServiceLink SALES_RETAIL = new ServiceLink("sales", "retail");
  private static final ServiceLink OPS_SALES = new ServiceLink("ops", "sales");

  private static ListeningReport at(Instant now) {
    return RegularListening.assess(List.of(SALES_RETAIL, OPS_SALES),
        List.of(new Cadence("sales", "retail", 30), new Cadence("sales", "retail", 60)),
        List.of(new ListeningEvent("sales", "retail", LAST.minus(Duration.ofDays(3))),
            new ListeningEvent("sales", "retail", LAST),
            new ListeningEvent("other", "retail", LAST.plus(Duration.ofDays(20)))),
        90, now);
  }

  @Test
  void aLinkIsOnTimeUntilExactlyOneCadenceAfterItsLastListening() {
    ListeningReport report = at(LAST.plus(Duration.ofDays(30)));

    assertThat(report.overdue()).extracting(LinkListening::team).containsExactly("ops");
    assertThat(report.onTime()).isEqualTo(1);
    assertThat(report.onTimeShare()).isEqualTo(0.5);
  }

  @Test
  void oneSecondLaterItIsOverdueSinceItsDueDate() {
    ListeningReport report = at(LAST.plus(Duration.ofDays(30)).plusSeconds(1));

    assertThat(report.overdue()).containsExactly(
        new LinkListening("sales", "retail", LAST, 30, LAST.plus(Duration.ofDays(30)), true),
        new LinkListening("ops", "sales", null, 90, null, true));
    assertThat(report.onTimeShare()).isEqualTo(0.0);
  }

  @Test
  void noLinkHasNoShare() {
    ListeningReport report = RegularListening.assess(List.of(), List.of(), List.of(), 90, LAST);

    assertThat(report).isEqualTo(new ListeningReport(null, 0, 0, List.of()));
  }

  @Property
  void everyLinkIsEitherOnTimeOrOverdue(@ForAll @IntRange(max = 20) int links,
      @ForAll @IntRange(max = 200) int daysAgo, @ForAll @IntRange(min = 1, max = 120) int cadence) {
    List<ServiceLink> all = new ArrayList<>();
    List<ListeningEvent> events = new ArrayList<>();
    for (int l = 0; l < links; l++) {
      all.add(new ServiceLink("t" + l, "c"));
      if (l % 2 == 0) {
        events.add(new ListeningEvent("t" + l, "c", LAST.minus(Duration.ofDays(daysAgo))));
      }
    }
    ListeningReport report = RegularListening.assess(all, List.of(), events, cadence, LAST);

    assertThat(report.onTime() + report.overdue().size()).isEqualTo(links);
    int expectedOnTime = daysAgo <= cadence ? (links + 1) / 2 : 0;
    assertThat(report.onTime()).isEqualTo(expectedOnTime);
  }
}
