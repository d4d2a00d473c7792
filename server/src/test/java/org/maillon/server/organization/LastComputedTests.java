package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;

/**
 * A value is computed again when the model, the state of its data rows, or the period changes, and
 * only then: at once on a small organisation, behind the pages on a large one, paced there.
 */
class LastComputedTests {

  /** A value of the organisation, new at each computation. */
  record Value() {}

  /** The state of the data rows, as a page's cache keys it. */
  record State(long campaigns, long invitations, long responses, long conversations, long cardEntries) {}

  static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
  static final State STATE = new State(1, 2, 3, 4, 5);

  final Queue<Runnable> behind = new ArrayDeque<>();
  final LastComputed<Value> last = new LastComputed<>(Runnable::run, Integer.MAX_VALUE);
  final AtomicLong nanos = new AtomicLong();
  final LastComputed<Value> large = new LastComputed<>(behind::add, 0, nanos::get);
  final AtomicInteger computed = new AtomicInteger();
  /** Nanoseconds of the test's clock that each computation takes. */
  long computationTakes;

  @Test
  void theSameInputsWithinAMinuteAreComputedOnce() {
    Diagnosis diagnosis = diagnose();
    Value first = get(diagnosis, STATE, NOON);
    assertThat(get(diagnosis, STATE, NOON.plusSeconds(59))).isSameAs(first);
    assertThat(computed).hasValue(1);
  }

  @Test
  void aNewRowAnotherMinuteOrAnImportComputesAgain() {
    Diagnosis diagnosis = diagnose();
    get(diagnosis, STATE, NOON);
    get(diagnosis, new State(1, 2, 4, 4, 5), NOON);
    get(diagnosis, new State(1, 2, 4, 4, 5), NOON.plusSeconds(60));
    get(diagnose(), new State(1, 2, 4, 4, 5), NOON.plusSeconds(60));
    assertThat(computed).hasValue(4);
  }

  @Test
  void aLargeOrganisationServesTheIndexKeptWhileOneComputationRunsBehind() {
    Diagnosis diagnosis = diagnose();
    Value first = get(large, diagnosis, STATE, NOON);
    State answered = new State(1, 2, 4, 4, 5);
    assertThat(get(large, diagnosis, answered, NOON)).isSameAs(first);
    assertThat(get(large, diagnosis, answered, NOON.plusSeconds(60))).isSameAs(first);
    assertThat(behind).hasSize(1);
    assertThat(computed).hasValue(1);

    behind.remove().run();
    Value refreshed = get(large, diagnosis, answered, NOON);
    assertThat(refreshed).isNotSameAs(first);
    assertThat(computed).hasValue(2);
    assertThat(behind).isEmpty();
  }

  @Test
  void aComputationBehindStartsNoSoonerThanNineTimesTheLastOnesDurationAfterIt() {
    Diagnosis diagnosis = diagnose();
    State answered = new State(1, 2, 4, 4, 5);
    State answeredAgain = new State(1, 2, 5, 4, 5);
    get(large, diagnosis, STATE, NOON);
    get(large, diagnosis, answered, NOON);
    computationTakes = 100;
    behind.remove().run();
    Value refreshed = get(large, diagnosis, answered, NOON);

    nanos.set(100 + 899);
    assertThat(get(large, diagnosis, answeredAgain, NOON)).isSameAs(refreshed);
    assertThat(behind).isEmpty();
    nanos.set(100 + 900);
    assertThat(get(large, diagnosis, answeredAgain, NOON)).isSameAs(refreshed);
    assertThat(behind).hasSize(1);
  }

  @Test
  void aNewDiagnosisIsComputedBeforeItIsShownAndARefreshOfTheOldOneIsDropped() {
    Diagnosis before = diagnose();
    get(large, before, STATE, NOON);
    get(large, before, STATE, NOON.plusSeconds(60));
    Diagnosis imported = diagnose();
    Value now = get(large, imported, STATE, NOON.plusSeconds(60));
    assertThat(computed).hasValue(2);

    behind.remove().run();
    assertThat(get(large, imported, STATE, NOON.plusSeconds(60))).isSameAs(now);
  }

  private Value get(Diagnosis diagnosis, State state, Instant now) {
    return get(last, diagnosis, state, now);
  }

  private Value get(LastComputed<Value> kept, Diagnosis diagnosis, State state,
      Instant now) {
    return kept.get(diagnosis, state, LastComputed.minute(now), () -> {
      computed.incrementAndGet();
      nanos.addAndGet(computationTakes);
      return new Value();
    });
  }

  private static Diagnosis diagnose() {
    return DiagnosisEngine.diagnose(ModelFiles.read("legion.yaml", ExampleModels.bytes("legion.yaml"), Locale.ENGLISH)
        .organization());
  }
}
