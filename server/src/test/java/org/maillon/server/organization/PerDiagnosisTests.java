package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;

class PerDiagnosisTests {

  @Test
  void derivesOncePerDiagnosisAndAgainForTheNextOne() {
    AtomicInteger derivations = new AtomicInteger();
    PerDiagnosis<Integer> cache = new PerDiagnosis<>(d -> derivations.incrementAndGet());
    Diagnosis first = sme();
    Diagnosis next = sme();

    assertThat(List.of(cache.of(first), cache.of(first), cache.of(next), cache.of(next))).containsExactly(1, 1, 2, 2);
  }

  @Test
  void aReplacedDiagnosisIsFreedEvenWhenWhatWasDerivedFromItHoldsIt() {
    PerDiagnosis<List<Diagnosis>> cache = new PerDiagnosis<>(List::of);
    WeakReference<Diagnosis> replaced = derivedFromADiagnosisNoOneElseHolds(cache);

    cache.of(sme());

    assertThat(collected(replaced)).as("the replaced diagnosis was freed").isTrue();
  }

  private static WeakReference<Diagnosis> derivedFromADiagnosisNoOneElseHolds(PerDiagnosis<List<Diagnosis>> cache) {
    Diagnosis diagnosis = sme();
    cache.of(diagnosis);
    return new WeakReference<>(diagnosis);
  }

  /** A full collection, which System.gc() runs, clears weak references to what nothing else reaches. */
  private static boolean collected(WeakReference<?> reference) {
    for (int attempt = 0; attempt < 10 && reference.get() != null; attempt++) {
      System.gc();
    }
    return reference.get() == null;
  }

  private static Diagnosis sme() {
    return DiagnosisEngine.diagnose(
        ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).organization());
  }
}
