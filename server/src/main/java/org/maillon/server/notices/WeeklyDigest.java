package org.maillon.server.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.model.Team;
import org.maillon.server.actions.ActionService;
import org.maillon.server.notices.SentNotices.Cause;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.MailPreferences;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.ListeningOnTime;
import org.maillon.server.voice.TeamVoices;
import org.springframework.stereotype.Service;

/**
 * The weekly digest, for the accounts that asked for it on their account page and whose person
 * leads a team: their teams' findings, overdue links, open actions and the verbatims published
 * since the previous digest. Once per ISO week per person (cause {@code digest}, the person, the
 * week), at the first run of the week; verbatims are those of published batches only, so never
 * below the anonymity threshold.
 */
@Service
public class WeeklyDigest {

  static final String DIGEST = "digest";

  private final CurrentOrganization current;
  private final ListeningOnTime listening;
  private final ActionService actions;
  private final TeamVoices voices;
  private final NoticeSender sender;
  private final SentNotices sent;
  private final NoticeMail mail;
  private final Clock clock;

  WeeklyDigest(CurrentOrganization current, ListeningOnTime listening, ActionService actions, TeamVoices voices,
      NoticeSender sender, SentNotices sent, NoticeMail mail, Clock clock) {
    this.current = current;
    this.listening = listening;
    this.actions = actions;
    this.voices = voices;
    this.sender = sender;
    this.sent = sent;
    this.mail = mail;
    this.clock = clock;
  }

  /** Queues this week's digests not sent yet; how many. */
  public int sendDue() {
    Optional<Diagnosis> now = LeadNotices.diagnosis(current);
    if (!sender.enabled() || now.isEmpty()) {
      return 0;
    }
    Diagnosis diagnosis = now.get();
    Recipients recipients = sender.recipients(diagnosis);
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    String week = week(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    int queued = 0;
    for (MailPreferences.Preference account : recipients.accounts()) {
      List<String> teams = index.teams().stream().filter(team -> account.personId().equals(team.lead()))
          .map(Team::id).toList();
      Cause cause = new Cause(DIGEST, account.personId(), week);
      if (!account.weeklyDigest() || teams.isEmpty() || sent.sent(cause)) {
        continue;
      }
      Digest digest = digest(diagnosis, index, teams, account.personId());
      queued += sender.once(List.of(cause), recipients, account.personId(), digest.verbatims(),
          to -> mail.digest(to, LeadNotices.organisation(diagnosis), digest));
    }
    return queued;
  }

  private Digest digest(Diagnosis diagnosis, ValueChainIndex index, List<String> teams, String personId) {
    List<Finding> findings = diagnosis.findings().stream()
        .filter(finding -> finding.subject().owner().filter(teams::contains).isPresent()).toList();
    List<String> overdue = new ArrayList<>();
    List<String> open = new ArrayList<>();
    int verbatims = 0;
    for (String team : teams) {
      listening.report(team).overdue()
          .forEach(link -> overdue.add(index.label(team) + " → " + index.label(link.customer())));
      actions.actions(team, null, null).stream().filter(action -> action.status().pending())
          .forEach(action -> open.add(action.title() + " (" + action.due() + ")"));
      verbatims += voices.voice(team, null).verbatims().size();
    }
    int before = sent.latestVerbatims(DIGEST, personId).orElse(0);
    return new Digest(teams.stream().map(index::label).toList(), findings, overdue, open, verbatims,
        Math.max(0, verbatims - before));
  }

  /** The ISO week of a day, {@code 2026-W49}. */
  static String week(LocalDate day) {
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
