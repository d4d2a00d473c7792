package org.maillon.diagnosis;

import org.maillon.model.Organization;

/**
 * Diagnoses a validated organisation. Runs in time linear in people plus links (the final
 * customers reachable from each team add a factor of the number of final customers), without
 * recursion, so reporting chains of any depth are safe.
 */
public final class DiagnosisEngine {

  private DiagnosisEngine() {}

  /** The organisation must have passed validation; an invalid one gives an IllegalArgumentException. */
  public static Diagnosis diagnose(Organization organization) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
