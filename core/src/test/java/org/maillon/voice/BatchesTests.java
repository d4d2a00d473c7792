package org.maillon.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.voice.Batches.Arrival;

/** Batches on chosen histories: when they are published, and dated to the day. */
class BatchesTests {

  static final Instant MONDAY = Instant.parse("2026-05-11T09:30:12.345678Z");
  static final Instant MONDAY_DAY = Instant.parse("2026-05-11T00:00:00Z");
  static final int NPS = 1;
  static final int CSAT = 2;

  private static Arrival arrival(String group, int hours, int threshold, int answered) {
    return new Arrival(group, MONDAY.plusSeconds(3600L * hours), threshold, answered);
  }

  private static List<Instant> published(Batches batches, int size) {
    List<Instant> days = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      days.add(batches.published(i));
    }
    return days;
  }

  @Test
  void aBatchIsPublishedWholeOnceItHoldsTheThresholdDatedByItsLatestDay() {
    List<Arrival> arrivals = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      arrivals.add(arrival("pose-sav", i, 5, NPS | CSAT));
    }
    assertThat(published(Batches.of(arrivals, 2), 4)).containsOnlyNulls();

    arrivals.add(arrival("pose-sav", 20, 5, NPS | CSAT));
    Batches batches = Batches.of(arrivals, 2);

    Instant tuesday = MONDAY_DAY.plusSeconds(86_400);
    assertThat(published(batches, 5)).containsOnly(tuesday);
    assertThat(batches.published(0, 0)).isEqualTo(tuesday);
    assertThat(batches.published(4, 1)).isEqualTo(tuesday);
  }

  @Test
  void groupsFillTheirOwnBatches() {
    List<Arrival> arrivals = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      arrivals.add(arrival("pose-sav", i, 3, NPS));
      arrivals.add(arrival("ventes-magasins", i, 3, NPS));
    }
    arrivals.add(arrival("ventes-magasins", 4, 3, NPS));

    Batches batches = Batches.of(arrivals, 1);

    assertThat(published(batches, 7)).containsExactly(MONDAY_DAY, MONDAY_DAY, MONDAY_DAY, MONDAY_DAY, MONDAY_DAY,
        MONDAY_DAY, null);
  }

  @Test
  void aThresholdBelowThreeCountsAsThree() {
    List<Arrival> arrivals = List.of(arrival("x", 0, 1, 0), arrival("x", 1, 1, 0), arrival("x", 2, 1, 0));

    assertThat(Batches.of(arrivals.subList(0, 2), 0).published(1)).isNull();
    assertThat(Batches.of(arrivals, 0).published(0)).isEqualTo(MONDAY_DAY);
  }

  @Test
  void aQuestionFewAnsweredWaitsForAsManyAnswersAsTheThreshold() {
    // Three published responses, only one with a satisfaction answer: it waits for two more.
    List<Arrival> arrivals = new ArrayList<>(List.of(arrival("x", 0, 3, NPS | CSAT), arrival("x", 1, 3, NPS),
        arrival("x", 2, 3, NPS)));
    Batches first = Batches.of(arrivals, 2);
    assertThat(first.published(0)).isNotNull();
    assertThat(first.published(0, 0)).isNotNull();
    assertThat(first.published(0, 1)).isNull();
    assertThat(first.published(1, 1)).as("not answered").isNull();

    arrivals.addAll(List.of(arrival("x", 30, 3, CSAT), arrival("x", 31, 3, CSAT), arrival("x", 32, 3, 0)));
    Batches second = Batches.of(arrivals, 2);

    Instant tuesday = MONDAY_DAY.plusSeconds(86_400);
    assertThat(second.published(0, 1)).as("with the batch that brought enough answers").isEqualTo(tuesday);
    assertThat(second.published(3, 1)).isEqualTo(tuesday);
    assertThat(second.published(3, 0)).isNull();
  }

  @Test
  void aLargerThresholdAppliesToTheBatchesThatHoldItsAnswers() {
    List<Arrival> arrivals = new ArrayList<>(List.of(arrival("x", 0, 3, 0), arrival("x", 1, 3, 0),
        arrival("x", 2, 3, 0), arrival("x", 3, 3, 0), arrival("x", 4, 5, 0), arrival("x", 5, 5, 0),
        arrival("x", 6, 5, 0)));

    assertThat(published(Batches.of(arrivals, 0), 7)).containsExactly(MONDAY_DAY, MONDAY_DAY, MONDAY_DAY, null, null,
        null, null);

    arrivals.add(arrival("x", 7, 5, 0));
    assertThat(published(Batches.of(arrivals, 0), 8)).containsOnly(MONDAY_DAY);
  }

  @Test
  void questionsAreCountedUpToThirtyOne() {
    assertThatThrownBy(() -> Batches.of(List.of(), 32)).isInstanceOf(IllegalArgumentException.class);
  }
}
