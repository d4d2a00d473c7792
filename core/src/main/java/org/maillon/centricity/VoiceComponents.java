package org.maillon.centricity;

import static org.maillon.centricity.Inputs.number;

import org.maillon.diagnosis.Subject;
import org.maillon.voice.LinkListening;
import org.maillon.voice.ListeningReport;

/**
 * The components the customers' voice and the cards determine — listening, satisfaction and
 * freshness — with what costs them points: overdue links, dissatisfied customers, stale cards. In
 * O(links + customer groups) for a team, O(overdue links + teams' voices) for the organisation.
 */
final class VoiceComponents {

  static final String LISTENING_FORMULA = "on time / links";
  static final String SATISFACTION_FORMULA = "(CSAT − 1) / 4";
  static final String FRESHNESS_FORMULA = "fresh / customers";

  private VoiceComponents() {}

  /** Listening, satisfaction and freshness of one team. */
  static void team(TeamInput team, double lowSatisfaction, Inputs inputs) {
    int links = team.links();
    int onTime = links - team.overdue().size();
    Double share = links == 0 ? null : (double) onTime / links;
    inputs.add(Component.LISTENING, share, LISTENING_FORMULA, onTime + " / " + links + " = " + number(share == null ? 0 : share),
        "onTime", onTime, "links", links);
    if (share != null) {
      for (LinkListening link : team.overdue()) {
        inputs.cost("LISTENING_OVERDUE", new Subject.Link(link.team(), link.customer()), Component.LISTENING,
            (onTime + 1.0) / links);
      }
    }
    Satisfaction voice = team.voice();
    Double csat = voice == null || voice.hidden() ? null : voice.csat();
    Double satisfaction = Normalise.satisfaction(csat);
    inputs.add(Component.SATISFACTION, satisfaction, SATISFACTION_FORMULA,
        csat == null ? null : "(" + number(csat) + " − 1) / 4 = " + number(satisfaction),
        "csat", csat, "answers", voice == null ? 0 : voice.answers());
    if (voice != null && voice.hidden()) {
      inputs.figure(Component.SATISFACTION, "hidden", true);
    }
    if (satisfaction != null) {
      int answers = voice.answers();
      for (Satisfaction.Group group : voice.customers()) {
        Double mean = group.csat();
        if (mean != null && mean < lowSatisfaction) {
          double raised = csat + (5 - mean) * group.answers() / answers;
          inputs.cost("LOW_SATISFACTION", new Subject.Link(team.team().id(), group.customer()), Component.SATISFACTION,
              Normalise.satisfaction(raised));
        }
      }
    }
    freshness(inputs, team.cards(), new Subject.Team(team.team().id()));
  }

  /** Listening, satisfaction and freshness of the organisation, the {@code subject} of its stale cards. */
  static void organization(OrganizationInput organization, Subject subject, Inputs org) {
    ListeningReport report = organization.listening();
    Double share = Normalise.listening(report.onTimeShare());
    org.add(Component.LISTENING, share, LISTENING_FORMULA,
        report.onTime() + " / " + report.links() + " = " + number(share == null ? 0 : share),
        "onTime", report.onTime(), "links", report.links());
    if (share != null) {
      for (LinkListening link : report.overdue()) {
        org.cost("LISTENING_OVERDUE", new Subject.Link(link.team(), link.customer()), Component.LISTENING,
            (report.onTime() + 1.0) / report.links());
      }
    }
    double weighted = 0;
    int answers = 0;
    for (Satisfaction voice : organization.voices()) {
      if (!voice.hidden() && voice.csat() != null) {
        weighted += voice.csat() * voice.answers();
        answers += voice.answers();
      }
    }
    Double csat = answers == 0 ? null : weighted / answers;
    Double satisfaction = Normalise.satisfaction(csat);
    org.add(Component.SATISFACTION, satisfaction, SATISFACTION_FORMULA + ", CSAT = shown teams' mean weighted by answers",
        csat == null ? null : "(" + number(csat) + " − 1) / 4 = " + number(satisfaction), "csat", csat, "answers", answers);
    freshness(org, organization.cards(), subject);
  }

  private static void freshness(Inputs inputs, Cards cards, Subject subject) {
    Double value = Normalise.freshness(cards.share());
    inputs.add(Component.FRESHNESS, value, FRESHNESS_FORMULA,
        cards.fresh() + " / " + cards.customers() + " = " + number(value == null ? 0 : value),
        "fresh", cards.fresh(), "customers", cards.customers());
    if (value != null && cards.fresh() < cards.customers()) {
      inputs.cost("STALE_CARD", subject, Component.FRESHNESS, (cards.fresh() + 1.0) / cards.customers());
    }
  }
}
