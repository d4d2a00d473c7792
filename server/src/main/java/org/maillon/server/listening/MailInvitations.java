package org.maillon.server.listening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.maillon.server.mail.Outbox;
import org.maillon.server.teams.TeamRights;
import org.springframework.security.core.Authentication;
import org.maillon.server.system.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and reminders by email: each contact gets its own invitation, and its message is
 * queued in the outbox in the transaction that creates them. Reminders renew the contact's
 * token (only its hash is kept, so the earlier link cannot be sent again), for unused links only,
 * after the campaign's delay, at most its maximum, never once it closed. Contacts unsubscribe by
 * any of their messages' links, for every campaign. An address already invited to a campaign is
 * not invited again: a second live link would let one person answer twice.
 */
@Service
public class MailInvitations {

  /**
   * What an invitation by email did: the messages queued, the addresses left out as unsubscribed,
   * and those left out as already invited to the campaign (they keep the link they were sent).
   */
  public record Sent(int queued, List<String> unsubscribed, List<String> alreadyInvited) {}

  private final ListeningService listening;
  private final InvitationStore invitations;
  private final ContactStore contacts;
  private final ContactMail mail;
  private final Outbox outbox;
  private final Clock clock;

  MailInvitations(ListeningService listening, InvitationStore invitations, ContactStore contacts, ContactMail mail,
      Outbox outbox, Clock clock) {
    this.listening = listening;
    this.invitations = invitations;
    this.contacts = contacts;
    this.mail = mail;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Whether mail is set up: when not, invitations by email are refused and pages say so. */
  public boolean enabled() {
    return outbox.enabled();
  }

  /** Invites these contacts to the campaign, all or none (problems name {@code contacts[i]}); 422 when mail is off. */
  @Transactional
  public Sent invite(long campaignId, NewContacts request) {
    return send(campaignId, request, i -> "contacts[" + i + "]");
  }

  /** Invites the contacts of a CSV text ({@link ContactsCsv}), all or none (problems name their line). */
  @Transactional
  public Sent inviteCsv(long campaignId, String csv) {
    ContactsCsv contacts = ContactsCsv.read(csv);
    return send(campaignId, contacts.contacts(), contacts::where);
  }

  /**
   * Invites contacts for one customer, as its card's form does: lines of email and language
   * ({@link ContactsCsv#read(String, String)}), all or none (problems name their line).
   */
  @Transactional
  public Sent inviteCustomer(long campaignId, String customer, String lines) {
    ContactsCsv contacts = ContactsCsv.read(lines, customer);
    return send(campaignId, contacts.contacts(), contacts::where);
  }

  /** The open campaigns that listen to this customer and whose team this user leads: what its card offers. */
  public List<Campaign> openFor(String customer, Authentication user) {
    Instant now = clock.instant();
    TeamRights rights = listening.rights(user);
    return listening.campaigns(null).stream()
        .filter(c -> c.kind() == CampaignKind.CUSTOMERS && c.customers().contains(customer) && !c.closed(now)
            && rights.leads(c.team()))
        .toList();
  }

  private Sent send(long campaignId, NewContacts request, IntFunction<String> where) {
    if (!enabled()) {
      Violations off = new Violations();
      off.add("contacts", "mailOff");
      off.throwIfAny();
    }
    Campaign campaign = listening.campaign(campaignId);
    request.check(campaign.customers(), where);
    contacts.lockCampaign(campaignId);
    Instant at = clock.instant();
    List<String> unsubscribed = new ArrayList<>();
    List<String> already = new ArrayList<>();
    int queued = 0;
    for (NewContacts.Contact contact : request.contacts()) {
      if (contacts.unsubscribed(contact.address())) {
        unsubscribed.add(contact.address());
        continue;
      }
      if (contacts.invited(campaignId, contact.address())) {
        already.add(contact.address());
        continue;
      }
      String token = Tokens.next();
      long invitation = invitations.add(campaignId, contact.customer(), Tokens.hash(token), null, at);
      long id = contacts.add(campaignId, contact, invitation, at);
      queue(id, contact.address(), contact.language(), campaign, token, 0);
      queued++;
    }
    return new Sent(queued, unsubscribed, already);
  }

  /** Queues the reminders due now, for every open campaign; how many. */
  @Transactional
  public int remindDue() {
    if (!enabled()) {
      return 0;
    }
    Instant now = clock.instant();
    int queued = 0;
    for (long campaignId : contacts.campaignsWaiting()) {
      Campaign campaign = listening.campaign(campaignId);
      if (campaign.closed(now)) {
        continue;
      }
      Instant before = now.minus(Duration.ofDays(campaign.remindAfterDays()));
      for (ContactStore.Due due : contacts.due(campaignId, before, campaign.maxReminders())) {
        String token = Tokens.next();
        if (contacts.reminded(due, now) && invitations.renew(due.invitationId(), Tokens.hash(token))) {
          queue(due.id(), due.email(), due.language(), campaign, token, due.remindersSent() + 1);
          queued++;
        }
      }
    }
    return queued;
  }

  /** The address an unsubscribe link stands for, to confirm; empty when the link is unknown. */
  public Optional<String> unsubscribing(String token) {
    return contacts.addressOf(Tokens.hash(token));
  }

  /** Unsubscribes the address of this link at once, from every campaign; false when the link is unknown. */
  @Transactional
  public boolean unsubscribe(String token) {
    return contacts.unsubscribe(Tokens.hash(token));
  }

  private void queue(long contactId, String email, String language, Campaign campaign, String token, int reminder) {
    String unsubscribe = Tokens.next();
    contacts.addUnsubscribeLink(contactId, Tokens.hash(unsubscribe));
    String organisation = listening.organizationName().orElseGet(() -> listening.label(campaign.team()));
    String key = (reminder == 0 ? "invitation-" : "reminder" + reminder + "-") + contactId + "-"
        + Tokens.next().substring(0, 16);
    outbox.queue(mail.message(key, email, language, organisation, token, unsubscribe, reminder));
  }
}
