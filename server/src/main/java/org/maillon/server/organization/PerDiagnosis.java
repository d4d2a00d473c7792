package org.maillon.server.organization;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.maillon.diagnosis.Diagnosis;

/**
 * Something the pages derive once from a diagnosis (an index of the value chain, the findings by
 * link of the anti-value chain…) and reuse on every request until the next import replaces it.
 * Keys are held weakly: a replaced diagnosis is forgotten with what was derived from it.
 */
public final class PerDiagnosis<T> {

  private final Function<Diagnosis, T> derive;
  private final Map<Diagnosis, T> values = new WeakHashMap<>();

  public PerDiagnosis(Function<Diagnosis, T> derive) {
    this.derive = derive;
  }

  public synchronized T of(Diagnosis diagnosis) {
    return values.computeIfAbsent(diagnosis, derive);
  }
}
