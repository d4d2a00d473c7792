package org.maillon.server.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.actions.Action;
import org.maillon.server.actions.ActionService;
import org.maillon.server.notices.SentNotices.Cause;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.ListeningOnTime;
import org.maillon.voice.LinkListening;
import org.springframework.stereotype.Service;

/**
 * Tells leads what calls for them, once per cause: each link of a team overdue for listening goes
 * to the team's lead (cause {@code overdue-link}, the link, the day it fell due or {@code never}),
 * each pending action due within {@link NoticeSettings#dueWithinDays} to its owner (cause
 * {@code action-due}, the action, its due day). A cause is recorded in the transaction that
 * queues its message; a person without an email is skipped, and noticed once they have one.
 */
@Service
public class LeadNotices {

  /** What a run did: the messages queued, and the people who should have had one but have no email. */
  public record Run(int queued, Set<String> withoutEmail) {}

  static final String OVERDUE_LINK = "overdue-link";
  static final String ACTION_DUE = "action-due";

  private final CurrentOrganization current;
  private final ListeningOnTime listening;
  private final ActionService actions;
  private final NoticeSender sender;
  private final SentNotices sent;
  private final NoticeMail mail;
  private final NoticeSettings settings;
  private final Clock clock;

  LeadNotices(CurrentOrganization current, ListeningOnTime listening, ActionService actions, NoticeSender sender,
      SentNotices sent, NoticeMail mail, NoticeSettings settings, Clock clock) {
    this.current = current;
    this.listening = listening;
    this.actions = actions;
    this.sender = sender;
    this.sent = sent;
    this.mail = mail;
    this.settings = settings;
    this.clock = clock;
  }

  /** Queues the notices due now; nothing without mail or a model. */
  public Run sendDue() {
    Optional<Diagnosis> now = diagnosis(current);
    if (!sender.enabled() || now.isEmpty()) {
      return new Run(0, Set.of());
    }
    Diagnosis diagnosis = now.get();
    Recipients recipients = sender.recipients(diagnosis);
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    String organisation = organisation(diagnosis);
    Map<String, List<LinkListening>> overdueByLead = newlyOverdue(index);
    int queued = 0;
    for (Map.Entry<String, List<LinkListening>> lead : overdueByLead.entrySet()) {
      List<LinkListening> links = lead.getValue();
      queued += sender.once(links.stream().map(LeadNotices::cause).toList(), recipients, lead.getKey(), null,
          to -> mail.overdueLinks(to, organisation, links.stream().map(link -> new NoticeMail.OverdueLink(
              index.label(link.team()), index.label(link.customer()),
              link.lastListened() == null ? null : day(link.lastListened()), link.cadenceDays())).toList()));
    }
    for (Action action : actions.pendingDueBy(today().plusDays(settings.dueWithinDays()))) {
      queued += sender.once(List.of(new Cause(ACTION_DUE, Long.toString(action.id()), action.due().toString())), recipients,
          action.owner(), null, to -> mail.actionDue(to, organisation, action.id(), action.title(),
              index.label(action.team()), action.due()));
    }
    return new Run(queued, recipients.withoutEmail());
  }

  /**
   * The links overdue now and never noticed at this occurrence, by the lead of their supplier
   * team, so that a lead gets one message per run however many links fell overdue (the first run
   * after email is set up finds every link never listened to). Linear in links and teams.
   */
  private Map<String, List<LinkListening>> newlyOverdue(ValueChainIndex index) {
    Map<String, String> leads = new HashMap<>();
    index.teams().forEach(team -> {
      if (team.lead() != null) {
        leads.put(team.id(), team.lead());
      }
    });
    Set<Cause> noticed = sent.all(OVERDUE_LINK);
    Map<String, List<LinkListening>> byLead = new LinkedHashMap<>();
    for (LinkListening link : listening.report().overdue()) {
      String lead = leads.get(link.team());
      if (lead != null && !noticed.contains(cause(link))) {
        byLead.computeIfAbsent(lead, l -> new ArrayList<>()).add(link);
      }
    }
    return byLead;
  }

  private static Cause cause(LinkListening link) {
    String occurrence = link.dueSince() == null ? "never" : day(link.dueSince()).toString();
    return new Cause(OVERDUE_LINK, link.team() + "->" + link.customer(), occurrence);
  }

  /** The current diagnosis, empty while loading or without a model. */
  static Optional<Diagnosis> diagnosis(CurrentOrganization current) {
    return current.loading() ? Optional.empty() : current.get().map(CurrentOrganization.Current::diagnosis);
  }

  static String organisation(Diagnosis diagnosis) {
    return diagnosis.organization().isBlank() ? "Maillon" : diagnosis.organization();
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
