package org.maillon.server.organization;

import java.lang.ref.WeakReference;
import java.util.function.Function;
import org.maillon.diagnosis.Diagnosis;

/**
 * Something the pages derive once from a diagnosis (an index of the value chain, the findings by
 * link of the anti-value chain…) and reuse on every request until the next import replaces it.
 *
 * <p>Only the value of the latest diagnosis asked for is kept, and that diagnosis is held weakly: a
 * diagnosis replaced by an import is forgotten as soon as the cache is asked for the new one. A
 * map with weak keys ({@code WeakHashMap}) kept every diagnosis whose derived value refers back to
 * it (as the centricity's structure does), one more at each import, which the soak benchmark found.
 */
public final class PerDiagnosis<T> {

  private final Function<Diagnosis, T> derive;
  private WeakReference<Diagnosis> diagnosis = new WeakReference<>(null);
  private T value;

  public PerDiagnosis(Function<Diagnosis, T> derive) {
    this.derive = derive;
  }

  public synchronized T of(Diagnosis diagnosis) {
    if (this.diagnosis.get() != diagnosis) {
      value = derive.apply(diagnosis);
      this.diagnosis = new WeakReference<>(diagnosis);
    }
    return value;
  }
}
