package org.maillon.server.listening;

import java.time.Instant;
import java.util.List;

/**
 * A listening campaign as stored: a supplier team, the customers it listens to, its questions with
 * their wording in both languages, its cadence and anonymity threshold, who created it and when,
 * how many of its invitations were sent and answered, and its kind: a team listening to its
 * customers, or a bureaucracy pulse of a team's collaborators (its only "customer" is then the
 * team itself, the group its respondents belong to). Contacts invited by email are reminded
 * after {@code remindAfterDays}, at most {@code maxReminders} times, until {@code closesAt} (none
 * when null). Its follow-ups (respondents who asked to be contacted) are counted apart.
 */
public record Campaign(long id, String team, List<String> customers, List<Question> questions, int cadenceDays,
    int anonymityThreshold, Instant createdAt, String createdBy, InvitationCounts invitations, CampaignKind kind,
    int remindAfterDays, int maxReminders, Instant closesAt, FollowUpCounts followUps) {

  /** The same campaign with these follow-up counts. */
  Campaign withFollowUps(FollowUpCounts counts) {
    return new Campaign(id, team, customers, questions, cadenceDays, anonymityThreshold, createdAt, createdBy,
        invitations, kind, remindAfterDays, maxReminders, closesAt, counts);
  }

  /** Whether the campaign has closed at this instant: no reminder goes out then. */
  boolean closed(Instant at) {
    return closesAt != null && !at.isBefore(closesAt);
  }
}
