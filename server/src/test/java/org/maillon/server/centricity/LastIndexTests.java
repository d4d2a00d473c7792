package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;

/** The index is computed again when the model, the listening and card data, or the minute changes, and only then. */
class LastIndexTests {

  static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
  static final HistoryRecords.State STATE = new HistoryRecords.State(1, 2, 3, 4, 5);

  final LastIndex last = new LastIndex();
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

  private CentricityService.Overview get(Diagnosis diagnosis, HistoryRecords.State state, Instant now) {
    return last.get(diagnosis, state, now, () -> {
      computed.incrementAndGet();
      return new CentricityService.Overview(null, null, null);
    });
  }

  private static Diagnosis diagnose() {
    return DiagnosisEngine.diagnose(ModelFiles.read("legion.yaml", ExampleModels.bytes("legion.yaml"), Locale.ENGLISH)
        .organization());
  }
}
