package org.maillon.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maillon.model.Confirmation;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.valuechain.LinkStatus;

/**
 * A customer's lead confirming the supplier's current commitments on their link: the model with
 * that link confirmed on the day given (the core reads no clock), nothing else touched. Who may
 * confirm is the caller's to check. Time linear in the links.
 */
public final class Confirmations {

  private Confirmations() {}

  /** Why a confirmation cannot be recorded. */
  public enum Refusal {
    /** No link goes from {@code from} to {@code to}. */
    UNKNOWN_LINK,
    /** The link states no expectation and no commitment: there is nothing to confirm. */
    NOTHING_STATED
  }

  /** The new model, or why there is none. */
  public record Result(Organization organization, Refusal refusal) {}

  public static Result confirm(Organization model, String from, String to, String by, LocalDate day) {
    List<Link> links = new ArrayList<>(model.links());
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      if (link.from().equals(from) && link.to().equals(to)) {
        if (LinkStatus.of(link) == LinkStatus.EMPTY) {
          return new Result(null, Refusal.NOTHING_STATED);
        }
        links.set(i, link.confirmedBy(new Confirmation(day, by)));
        return new Result(model.withLinks(links), null);
      }
    }
    return new Result(null, Refusal.UNKNOWN_LINK);
  }
}
