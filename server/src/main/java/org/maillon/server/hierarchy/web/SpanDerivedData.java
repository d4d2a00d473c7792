package org.maillon.server.hierarchy.web;

import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.DerivedData;
import org.springframework.stereotype.Component;

/** The hierarchy page's distribution of spans, computed ahead of its first visit. */
@Component
class SpanDerivedData implements DerivedData {

  @Override
  public void derive(Diagnosis diagnosis) {
    SpanDistribution.of(diagnosis);
  }
}
