package org.maillon.server.listening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Invitations to create for one customer of a campaign: either a number of anonymous links, or one
 * link per email address for the manager to send. Maillon sends no email itself.
 */
public record NewInvitations(String customer, Integer count, List<String> emails) {

  static final int MAX = 1000;
  static final int MAX_EMAIL = 320;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public static NewInvitations count(String customer, int count) {
    return new NewInvitations(customer, count, null);
  }

  /** The same request for this customer (a pulse's invitations go to its team when they name no one). */
  NewInvitations forCustomer(String group) {
    return new NewInvitations(group, count, emails);
  }

  /** How many invitations this creates. */
  int size() {
    return emails != null ? emails.size() : count;
  }

  /** The email of the i-th invitation, or null for an anonymous link. */
  String email(int i) {
    return emails == null ? null : emails.get(i).strip();
  }

  /** Checks the request against the campaign's customers; throws every problem at once. */
  void check(List<String> campaignCustomers) {
    Violations violations = new Violations();
    if (violations.id("customer", customer) && !campaignCustomers.contains(customer)) {
      violations.add("customer", "notInCampaign", customer);
    }
    if ((count == null) == (emails == null)) {
      violations.add("count", "countOrEmails");
    } else if (count != null && (count < 1 || count > MAX)) {
      violations.add("count", "range", 1, MAX);
    } else if (emails != null) {
      checkEmails(violations);
    }
    violations.throwIfAny();
  }

  /** Whether this looks like an email address of at most {@value #MAX_EMAIL} characters. */
  static boolean isEmail(String email) {
    return email != null && email.strip().length() <= MAX_EMAIL && EMAIL.matcher(email.strip()).matches();
  }

  private void checkEmails(Violations violations) {
    if (emails.isEmpty() || emails.size() > MAX) {
      violations.add("emails", "range", 1, MAX);
    }
    for (int i = 0; i < emails.size(); i++) {
      String email = emails.get(i);
      if (!isEmail(email)) {
        violations.add("emails[" + i + "]", "email", String.valueOf(email));
      }
    }
  }
}
