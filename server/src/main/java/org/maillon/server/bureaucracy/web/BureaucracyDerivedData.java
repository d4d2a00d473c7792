package org.maillon.server.bureaucracy.web;

import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.DerivedData;
import org.springframework.stereotype.Component;

/** The bureaucracy page's index of procedures and teams, computed ahead of its first visit. */
@Component
class BureaucracyDerivedData implements DerivedData {

  @Override
  public void derive(Diagnosis diagnosis) {
    BureaucracyIndex.of(diagnosis);
  }
}
