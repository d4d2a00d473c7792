package org.maillon.server.valuechain;

import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.DerivedData;
import org.springframework.stereotype.Component;

/** The value chain's index of nodes and its flow, which most pages read, computed ahead of them. */
@Component
class ValueChainDerivedData implements DerivedData {

  @Override
  public void derive(Diagnosis diagnosis) {
    ValueChainIndex.of(diagnosis);
    ChainFlow.of(diagnosis);
  }
}
