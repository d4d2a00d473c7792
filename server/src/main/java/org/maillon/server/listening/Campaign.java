package org.maillon.server.listening;

import java.time.Instant;
import java.util.List;

/**
 * A listening campaign as stored: a supplier team, the customers it listens to, its questions with
 * their wording in both languages, its cadence and anonymity threshold, who created it and when,
 * and how many of its invitations were sent and answered.
 */
public record Campaign(long id, String team, List<String> customers, List<Question> questions, int cadenceDays,
    int anonymityThreshold, Instant createdAt, String createdBy, InvitationCounts invitations) {}
