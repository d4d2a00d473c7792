package org.maillon.server.organization;

import org.maillon.diagnosis.Diagnosis;

/**
 * What a feature derives from each diagnosis and keeps ({@link PerDiagnosis}): at a million people
 * each takes from a fraction of a second to several, so {@link DerivedDataWarmUp} computes them
 * right after a diagnosis becomes current, and the first visit of a page after an import finds
 * them ready instead of paying for them.
 */
public interface DerivedData {

  /** Computes and keeps what the feature derives from this diagnosis. */
  void derive(Diagnosis diagnosis);
}
