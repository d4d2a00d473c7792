package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Each diagnosis made current is derived in the background, once, unless replaced before its turn. */
class DerivedDataWarmUpTests {

  final List<Diagnosis> derived = new CopyOnWriteArrayList<>();
  final CurrentOrganization current = new CurrentOrganization();

  @Test
  void aDiagnosisMadeCurrentIsDerivedInTheBackground() throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    warmUp(diagnosis -> {
      derived.add(diagnosis);
      done.countDown();
    }, true);
    current.loaded();
    Diagnosis sme = sme();

    current.replace(new CurrentOrganization.Current(version(), sme));

    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(derived).containsExactly(sme);
  }

  @Test
  void turnedOffNothingIsDerived() {
    warmUp(derived::add, false).stop();
    current.loaded();
    current.replace(new CurrentOrganization.Current(version(), sme()));

    assertThat(derived).isEmpty();
  }

  private DerivedDataWarmUp warmUp(DerivedData data, boolean enabled) {
    return new DerivedDataWarmUp(new StaticListableBeanFactory(Map.of("data", data)).getBeanProvider(DerivedData.class),
        current, enabled);
  }

  private static ModelVersion version() {
    return new ModelVersion(1, null, "tests", "SME", 0, "yaml", null);
  }

  private static Diagnosis sme() {
    return DiagnosisEngine.diagnose(
        ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).organization());
  }
}
