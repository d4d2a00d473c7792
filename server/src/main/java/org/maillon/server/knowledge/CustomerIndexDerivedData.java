package org.maillon.server.knowledge;

import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.DerivedData;
import org.springframework.stereotype.Component;

/** The customers' index of the customer pages, computed ahead of them. */
@Component
class CustomerIndexDerivedData implements DerivedData {

  @Override
  public void derive(Diagnosis diagnosis) {
    CustomerIndex.of(diagnosis);
  }
}
