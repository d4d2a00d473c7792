package org.maillon.server.listening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts a campaign was mailed to, apart from its answers: a contact knows its invitation
 * until the invitation is used, then only that it was ({@link #cut}). Their unsubscribe links are
 * kept as hashes, one per message; any of them unsubscribes the address.
 */
@Repository
class ContactStore {

  /** A contact to remind: its invitation is unused, and its campaign's settings allow another message. */
  record Due(long id, long campaignId, String email, String language, String customer, long invitationId,
      int remindersSent) {}

  private final JdbcClient jdbc;

  ContactStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  long add(long campaignId, NewContacts.Contact contact, long invitationId, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO campaign_contacts (campaign_id, email, language, customer, invitation_id, last_sent_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(campaignId, contact.address(), contact.language(), contact.customer(), invitationId,
            Timestamps.param(at))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void addUnsubscribeLink(long contactId, String tokenHash) {
    jdbc.sql("INSERT INTO contact_unsubscribe_links (token_hash, contact_id) VALUES (?, ?)")
        .params(tokenHash, contactId).update();
  }

  /**
   * Holds the campaign's row until the transaction ends, so that two invitations to one campaign
   * are written one after the other and the second sees who the first invited.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void lockCampaign(long campaignId) {
    jdbc.sql("UPDATE campaigns SET max_reminders = max_reminders WHERE id = ?").param(campaignId).update();
  }

  /** Whether this address was already invited to the campaign: it keeps its one link. */
  boolean invited(long campaignId, String address) {
    return jdbc.sql("SELECT COUNT(*) FROM campaign_contacts WHERE campaign_id = ? AND email = ?")
        .params(campaignId, address).query(Integer.class).single() > 0;
  }

  /** Whether this address unsubscribed: then it gets no invitation nor reminder. */
  boolean unsubscribed(String address) {
    return jdbc.sql("SELECT COUNT(*) FROM campaign_contacts WHERE email = ? AND unsubscribed = 1")
        .param(address).query(Integer.class).single() > 0;
  }

  /** The address an unsubscribe link stands for, if it is one. */
  Optional<String> addressOf(String tokenHash) {
    return jdbc.sql("""
            SELECT c.email FROM contact_unsubscribe_links l JOIN campaign_contacts c ON c.id = l.contact_id
            WHERE l.token_hash = ?""")
        .param(tokenHash).query(String.class).optional();
  }

  /** Unsubscribes the address of this link from every campaign; false when the link is unknown. */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean unsubscribe(String tokenHash) {
    Optional<String> address = addressOf(tokenHash);
    address.ifPresent(email -> jdbc.sql("UPDATE campaign_contacts SET unsubscribed = 1 WHERE email = ?")
        .param(email).update());
    return address.isPresent();
  }

  /**
   * Cuts the contact from the invitation of this token, used now: it keeps only "used", so that no
   * row links the address to the answer recorded in the same transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void cut(String tokenHash) {
    jdbc.sql("""
            UPDATE campaign_contacts SET invitation_id = NULL, used = 1
            WHERE invitation_id = (SELECT id FROM invitations WHERE token_hash = ?)""")
        .param(tokenHash).update();
  }

  /**
   * Contacts of open campaigns to remind at this instant: unused link, not unsubscribed, fewer
   * reminders than their campaign's maximum, and their last message at least its delay old.
   * The delay is checked here in Java, one campaign's settings at a time, so that the SQL stays the
   * same on both engines.
   */
  List<Due> due(long campaignId, Instant lastSentBefore, int maxReminders) {
    return jdbc.sql("""
            SELECT id, campaign_id, email, language, customer, invitation_id, reminders_sent FROM campaign_contacts
            WHERE campaign_id = ? AND invitation_id IS NOT NULL AND used = 0 AND unsubscribed = 0
              AND reminders_sent < ? AND last_sent_at <= ? ORDER BY id""")
        .params(campaignId, maxReminders, Timestamps.param(lastSentBefore))
        .query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("email"),
            rs.getString("language"), rs.getString("customer"), rs.getLong("invitation_id"),
            rs.getInt("reminders_sent")))
        .list();
  }

  /** The campaigns with contacts still waiting for an answer. */
  List<Long> campaignsWaiting() {
    return jdbc.sql("""
            SELECT DISTINCT campaign_id FROM campaign_contacts
            WHERE invitation_id IS NOT NULL AND used = 0 AND unsubscribed = 0 ORDER BY campaign_id""")
        .query(Long.class).list();
  }

  /** Counts a reminder, if no one else did since the contact was read: true when this call did. */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean reminded(Due contact, Instant at) {
    return jdbc.sql("""
            UPDATE campaign_contacts SET reminders_sent = reminders_sent + 1, last_sent_at = ?
            WHERE id = ? AND reminders_sent = ?""")
        .params(Timestamps.param(at), contact.id(), contact.remindersSent()).update() == 1;
  }
}
