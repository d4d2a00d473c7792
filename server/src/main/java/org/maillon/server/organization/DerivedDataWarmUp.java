package org.maillon.server.organization;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.maillon.diagnosis.Diagnosis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes every feature's {@link DerivedData} in the background each time a diagnosis becomes
 * current (an import, a change, the stored version loaded at start, a new day), one diagnosis after
 * another on one thread, so that the request that imported answers at once and the pages visited
 * next find their data ready. A diagnosis replaced before its turn is skipped. Off with
 * {@code maillon.warm-up=false}.
 */
@Component
class DerivedDataWarmUp {

  private static final Logger log = LoggerFactory.getLogger(DerivedDataWarmUp.class);

  private final ObjectProvider<DerivedData> derived;
  private final CurrentOrganization current;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "maillon-warm-up");
    thread.setDaemon(true);
    return thread;
  });

  DerivedDataWarmUp(ObjectProvider<DerivedData> derived, CurrentOrganization current,
      @Value("${maillon.warm-up:true}") boolean enabled) {
    this.derived = derived;
    this.current = current;
    if (enabled) {
      current.onReplace(diagnosis -> worker.execute(() -> warm(diagnosis)));
    }
  }

  private void warm(Diagnosis diagnosis) {
    try {
      while (current.loading()) { // the stored version becomes current a moment before reading is open
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    long start = System.nanoTime();
    for (DerivedData data : derived.orderedStream().toList()) {
      if (!isCurrent(diagnosis)) {
        return;
      }
      try {
        data.derive(diagnosis);
      } catch (RuntimeException e) {
        log.warn("Warming up {} failed; its page computes it on its first visit", data.getClass().getSimpleName(), e);
      }
    }
    log.info("Pages' data derived from the current diagnosis in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  private boolean isCurrent(Diagnosis diagnosis) {
    return current.get().map(c -> c.diagnosis() == diagnosis).orElse(false);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
