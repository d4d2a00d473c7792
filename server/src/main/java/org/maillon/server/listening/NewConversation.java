package org.maillon.server.listening;

import java.time.Instant;
import org.maillon.server.valuechain.ValueChainIndex;

/**
 * A listening conversation to log: which supplier team met which of its customers, when (not in
 * the future; now when omitted), who took part, and what was said. It counts as listening to that
 * customer, as a survey response does.
 */
public record NewConversation(String team, String customer, Instant heldAt, String participants, String notes) {

  static final int MAX_PARTICIPANTS = 1000;
  static final int MAX_NOTES = 4000;

  /** This conversation held now when it gives no date. */
  NewConversation heldAtOrNow(Instant now) {
    return heldAt != null ? this : new NewConversation(team, customer, now, participants, notes);
  }

  /** Checks the conversation against the model and the clock; throws every problem at once. */
  void check(ValueChainIndex model, Instant now) {
    Violations violations = new Violations();
    boolean knownTeam = violations.team("team", team, model);
    if (violations.id("customer", customer) && knownTeam && !model.customers(team).contains(customer)) {
      violations.add("customer", "notACustomer", customer, team);
    }
    if (heldAt.isAfter(now)) {
      violations.add("heldAt", "future");
    }
    if (participants == null || participants.isBlank()) {
      violations.add("participants", "required");
    }
    violations.tooLong("participants", participants, MAX_PARTICIPANTS);
    violations.tooLong("notes", notes, MAX_NOTES);
    violations.throwIfAny();
  }
}
