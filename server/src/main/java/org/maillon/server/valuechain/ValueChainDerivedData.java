package org.maillon.server.valuechain;

import java.util.Locale;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.DerivedData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The value chain's index of nodes and its flow, which most pages read, and the value chain page's
 * drawing in the application's two languages, computed ahead of them.
 */
@Component
class ValueChainDerivedData implements DerivedData {

  private final MessageSource messages;

  ValueChainDerivedData(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public void derive(Diagnosis diagnosis) {
    ValueChainIndex.of(diagnosis);
    ChainFlow.of(diagnosis);
    ChainDrawings.of(diagnosis, messages, Locale.ENGLISH);
    ChainDrawings.of(diagnosis, messages, Locale.FRENCH);
  }
}
