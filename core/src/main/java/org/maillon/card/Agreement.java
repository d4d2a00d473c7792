package org.maillon.card;

import java.time.LocalDate;
import org.maillon.model.Confirmation;
import org.maillon.model.Link;
import org.maillon.valuechain.LinkStatus;

/**
 * Where supplier and customer stand on one link of a card: its status, the day its words last
 * changed and the customer's last confirmation (each null when the model has none), so that both
 * leads see what waits for the customer's word.
 */
public record Agreement(LinkStatus status, LocalDate changedOn, Confirmation confirmed) {

  static Agreement of(Link link) {
    return new Agreement(LinkStatus.of(link), link.changedOn(), link.confirmed());
  }

  /** True when the customer's confirmation is awaited. */
  public boolean pending() {
    return status == LinkStatus.PENDING;
  }
}
