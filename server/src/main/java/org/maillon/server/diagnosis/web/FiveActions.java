package org.maillon.server.diagnosis.web;

import java.util.List;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Link;
import org.maillon.server.centricity.CentricityService;
import org.maillon.server.diagnosis.web.AntiValueChain.Sentence;
import org.maillon.server.knowledge.Coverage;
import org.maillon.server.organization.PerDiagnosis;
import org.maillon.server.voice.ListeningOnTime;
import org.maillon.valuechain.ValueChainFigures;
import org.springframework.stereotype.Component;

/**
 * The five actions on the home page, each with its one figure and its next step: where the reader
 * stands, how many links their cards leave silent, how many support teams miss the front line, how
 * fresh the customer cards are, how many links are listened to on time; and a button that goes
 * where to act. Links are counted once per diagnosis.
 */
@Component
class FiveActions {

  /**
   * One action: its key, its figure ({@code percent} when a share), the sentence after the figure,
   * whether it alarms, and its next step: the button's message key and where it goes.
   */
  record Action(String key, String figure, boolean percent, Sentence sentence, boolean alarm, String step,
      String href) {}

  /** The five actions before any model is imported: no figure, only where to go. */
  static final List<Action> WITHOUT_MODEL = List.of(
      new Action("place", null, false, null, false, "home.next.place.mine", "/me"),
      new Action("teams", null, false, null, false, "home.next.teams", "/teams"),
      new Action("support", null, false, null, false, "home.next.support", "/support"),
      new Action("knowledge", null, false, null, false, "home.next.knowledge", "/customers"),
      new Action("voice", null, false, null, false, "home.next.voice", "/listening"));

  private final PerDiagnosis<Integer> silentLinks = new PerDiagnosis<>(FiveActions::silentLinks);

  /**
   * The five actions, in the source's order.
   *
   * @param person the signed-in user's person, or null when they have none in this model
   */
  List<Action> of(Diagnosis diagnosis, CentricityService.Overview overview, PersonFigures person) {
    ValueChainFigures chain = diagnosis.valueChain();
    int links = diagnosis.model().links().size();
    int silent = silentLinks.of(diagnosis);
    int notReaching = chain.supportTeamsNotReachingFrontLine().size();
    return List.of(place(diagnosis, person),
        new Action("teams", Integer.toString(silent), false,
            new Sentence("home.next.teams.figure", new Object[] {silent, links}), silent > 0,
            "home.next.teams", "/teams"),
        new Action("support", Integer.toString(notReaching), false,
            new Sentence("home.next.support.figure", new Object[] {notReaching, chain.supportTeams()}),
            notReaching > 0, "home.next.support", "/support"),
        knowledge(overview.cards()),
        listening(overview.listening()));
  }

  private static Action place(Diagnosis diagnosis, PersonFigures person) {
    if (person == null) {
      int direct = diagnosis.valueChain().hopsDistribution().getOrDefault("1", 0);
      return new Action("place", Integer.toString(direct), false,
          new Sentence("home.next.place.direct", new Object[] {direct, diagnosis.headcount()}), false,
          "home.next.place.find", "/me");
    }
    Integer hops = person.hopsToCustomer();
    return new Action("place", hops == null ? "—" : hops.toString(), false,
        hops == null ? new Sentence("home.next.place.noPath", new Object[0])
            : new Sentence("home.next.place.hops", new Object[] {hops}),
        hops == null, "home.next.place.mine", "/me");
  }

  private static Action knowledge(Coverage cards) {
    Integer percent = cards.percent();
    return new Action("knowledge", percent == null ? "—" : percent.toString(), percent != null,
        new Sentence("home.knowledge.coverage", new Object[] {cards.fresh(), cards.total()}),
        cards.share() != null && cards.share() < 0.5, "home.next.knowledge", "/customers");
  }

  private static Action listening(ListeningOnTime.Summary listening) {
    Double share = listening.onTimeShare();
    int onTime = listening.links() - listening.overdue();
    return new Action("voice", share == null ? "—" : Long.toString(Math.round(share * 100)), share != null,
        new Sentence("home.listening.onTime", new Object[] {onTime, listening.links(), listening.overdue()}),
        listening.overdue() > 0, listening.overdue() > 0 ? "home.next.voice.overdue" : "home.next.voice",
        "/listening");
  }

  /** Links whose ends state nothing to each other: no expectation, no commitment. */
  private static int silentLinks(Diagnosis diagnosis) {
    int silent = 0;
    for (Link link : diagnosis.model().links()) {
      if (link.expectations().isEmpty() && link.commitments().isEmpty()) {
        silent++;
      }
    }
    return silent;
  }
}
