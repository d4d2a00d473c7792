package org.maillon.server.actions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.maillon.server.listening.FollowUpAsked;
import org.maillon.server.listening.FollowUpCounts;
import org.maillon.server.listening.FollowUpLedger;
import org.maillon.server.organization.CurrentOrganization;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The closed loop: a respondent who asks to be contacted becomes an action of the campaign's
 * team, owned by its lead, due in {@value #DUE_DAYS} days, whose notes hold the contact and the
 * scores — the only place the contact is kept. It listens to {@link FollowUpAsked} in the
 * transaction that records the answer, so that both are stored or neither; and it counts a
 * campaign's follow-ups for the campaign to show, without listening depending on actions.
 */
@Component
class FollowUps implements FollowUpLedger {

  /** Days from the answer to the follow-up's due day. */
  static final int DUE_DAYS = 7;

  /** Who an action made from an answer was created by: no one signed in. */
  static final String CREATED_BY = "survey";

  private final ActionStore store;
  private final CurrentOrganization current;
  private final MessageSource messages;
  private final Clock clock;

  FollowUps(ActionStore store, CurrentOrganization current, MessageSource messages, Clock clock) {
    this.store = store;
    this.current = current;
    this.messages = messages;
    this.clock = clock;
  }

  /** Creates the follow-up in the answer's transaction; a broken rule rolls the answer back too. */
  @EventListener
  void asked(FollowUpAsked asked) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    String title = messages.getMessage("actions.followUp.title", new Object[] {asked.customerName()},
        asked.language());
    String notes = messages.getMessage("actions.followUp.notes",
        new Object[] {asked.contact(), String.join("\n", asked.scores())}, asked.language());
    NewAction action = new NewAction(title, null, asked.team(), today.plusDays(DUE_DAYS).toString(), null, notes,
        SourceKind.FOLLOW_UP.code(), key(asked.campaignId()));
    store.add(action.check(current.diagnosis(), today), CREATED_BY, clock.instant());
  }

  @Override
  public FollowUpCounts counts(long campaignId) {
    List<Action> followUps = store.bySource(SourceKind.FOLLOW_UP, key(campaignId));
    List<Double> days = followUps.stream().filter(a -> a.status() == ActionStatus.DONE)
        .map(a -> Duration.between(a.createdAt(), a.updatedAt()).toMinutes() / (24.0 * 60)).sorted().toList();
    return new FollowUpCounts(followUps.size(), days.size(), median(days));
  }

  /** The median of sorted values, to a tenth; null for none. */
  static Double median(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    return Math.round(median * 10) / 10.0;
  }

  /** The source key of a campaign's follow-ups. */
  static String key(long campaignId) {
    return "campaign:" + campaignId;
  }
}
