package org.maillon.server.listening;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Contacts to invite by email to a campaign, each in their language (fr or en) and for one of the
 * campaign's customers; read from JSON or from a CSV file, whose rows are named by their line.
 * Checked all at once: one bad contact and none is invited.
 */
public record NewContacts(List<Contact> contacts) {

  /** A person to invite: their address, the language they read (fr, en), the customer they speak for. */
  public record Contact(String email, String language, String customer) {

    /** The address as stored and compared: without surrounding spaces, in lower case. */
    String address() {
      return email.strip().toLowerCase(Locale.ROOT);
    }
  }

  static final List<String> LANGUAGES = List.of("fr", "en");

  /**
   * Checks every contact against the campaign's customers; {@code where} names the i-th contact's
   * place in what was sent ({@code contacts[3]} in JSON, {@code line 5} in a CSV file).
   */
  void check(List<String> campaignCustomers, IntFunction<String> where) {
    Violations violations = new Violations();
    if (contacts == null || contacts.isEmpty() || contacts.size() > NewInvitations.MAX) {
      violations.add("contacts", "range", 1, NewInvitations.MAX);
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < contacts.size(); i++) {
        check(contacts.get(i), where.apply(i), campaignCustomers, seen, violations);
      }
    }
    violations.throwIfAny();
  }

  private static void check(Contact contact, String where, List<String> customers, Set<String> seen,
      Violations violations) {
    if (contact == null) {
      violations.add(where, "required");
      return;
    }
    if (NewInvitations.isEmail(contact.email())) {
      if (!seen.add(contact.address())) {
        violations.add(where + ".email", "duplicate", contact.email());
      }
    } else {
      violations.add(where + ".email", "email", String.valueOf(contact.email()));
    }
    if (!LANGUAGES.contains(contact.language())) {
      violations.add(where + ".language", "language", String.valueOf(contact.language()));
    }
    if (violations.id(where + ".customer", contact.customer()) && !customers.contains(contact.customer())) {
      violations.add(where + ".customer", "notInCampaign", contact.customer());
    }
  }
}
