package org.maillon.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer's lead saying, on a day, that the supplier's commitments on their link are what the
 * customer needs. It stands until the link's words change again ({@link Link#changedOn()}).
 *
 * @param on the day of the confirmation
 * @param by the id of the person who confirmed
 */
public record Confirmation(LocalDate on, String by) {

  public Confirmation {
    Objects.requireNonNull(on, "on");
  }
}
