package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;

/**
 * The index is computed again when the model, the listening and card data, or the minute changes,
 * and only then: at once on a small organisation, behind the pages on a large one.
 */
class LastIndexTests {

  static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
  static final HistoryRecords.State STATE = new HistoryRecords.State(1, 2, 3, 4, 5);

  final Queue<Runnable> behind = new ArrayDeque<>();
  final LastIndex last = new LastIndex(Runnable::run, Integer.MAX_VALUE);
  final LastIndex large = new LastIndex(behind::add, 0);
  final AtomicInteger computed = new AtomicInteger();

  @Test
  void theSameInputsWithinAMinuteAreComputedOnce() {
    Diagnosis diagnosis = diagnose();
    CentricityService.Overview first = get(diagnosis, STATE, NOON);
    assertThat(get(diagnosis, STATE, NOON.plusSeconds(59))).isSameAs(first);
    assertThat(computed).hasValue(1);
  }

  @Test
  void aNewRowAnotherMinuteOrAnImportComputesAgain() {
    Diagnosis diagnosis = diagnose();
    get(diagnosis, STATE, NOON);
    get(diagnosis, new HistoryRecords.State(1, 2, 4, 4, 5), NOON);
    get(diagnosis, new HistoryRecords.State(1, 2, 4, 4, 5), NOON.plusSeconds(60));
    get(diagnose(), new HistoryRecords.State(1, 2, 4, 4, 5), NOON.plusSeconds(60));
    assertThat(computed).hasValue(4);
  }

  @Test
  void aLargeOrganisationServesTheIndexKeptWhileOneComputationRunsBehind() {
    Diagnosis diagnosis = diagnose();
    CentricityService.Overview first = get(large, diagnosis, STATE, NOON);
    HistoryRecords.State answered = new HistoryRecords.State(1, 2, 4, 4, 5);
    assertThat(get(large, diagnosis, answered, NOON)).isSameAs(first);
    assertThat(get(large, diagnosis, answered, NOON.plusSeconds(60))).isSameAs(first);
    assertThat(behind).hasSize(1);
    assertThat(computed).hasValue(1);

    behind.remove().run();
    CentricityService.Overview refreshed = get(large, diagnosis, answered, NOON);
    assertThat(refreshed).isNotSameAs(first);
    assertThat(computed).hasValue(2);
    assertThat(behind).isEmpty();
  }

  @Test
  void aNewDiagnosisIsComputedBeforeItIsShownAndARefreshOfTheOldOneIsDropped() {
    Diagnosis before = diagnose();
    get(large, before, STATE, NOON);
    get(large, before, STATE, NOON.plusSeconds(60));
    Diagnosis imported = diagnose();
    CentricityService.Overview now = get(large, imported, STATE, NOON.plusSeconds(60));
    assertThat(computed).hasValue(2);

    behind.remove().run();
    assertThat(get(large, imported, STATE, NOON.plusSeconds(60))).isSameAs(now);
  }

  private CentricityService.Overview get(Diagnosis diagnosis, HistoryRecords.State state, Instant now) {
    return get(last, diagnosis, state, now);
  }

  private CentricityService.Overview get(LastIndex kept, Diagnosis diagnosis, HistoryRecords.State state,
      Instant now) {
    return kept.get(diagnosis, state, now, () -> {
      computed.incrementAndGet();
      return new CentricityService.Overview(null, null, null);
    });
  }

  private static Diagnosis diagnose() {
    return DiagnosisEngine.diagnose(ModelFiles.read("legion.yaml", ExampleModels.bytes("legion.yaml"), Locale.ENGLISH)
        .organization());
  }
}
