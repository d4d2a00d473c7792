package org.maillon.server.diagnosis.web;

import org.maillon.server.organization.DerivedData;
import org.maillon.server.organization.PerDiagnosis;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.diagnosis.ChainLink;
import org.maillon.diagnosis.ChainVerdict;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.LinkMeasure;
import org.maillon.diagnosis.LinkScore;
import org.maillon.diagnosis.Subject;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.server.security.Access;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.ValueChainFigures;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The anti-value chain at a glance, for the home page ({@code ${@antiValueChain.of(figures)}}): the
 * verdict (the weakest link and what it costs, scored in core by {@link ChainVerdict}), then its
 * three links — technocratisation, bureaucratisation, hierarchical obesity — each with its score,
 * its traffic light, its key figures and the findings that belong to it. Derived once per
 * diagnosis; findings are already computed, so nothing here walks the people.
 */
@Component("antiValueChain")
public class AntiValueChain implements DerivedData {

  /** How many findings a link shows on the home page; the others are counted, and linked to /findings. */
  static final int SHOWN = 5;

  /** A figure shown big, with the message key of its label and the page that explains it. */
  public record Figure(String key, Number value, String href, boolean alarm) {

    /** Decimals to show, in the reader's number format: one for a ratio, none for a count. */
    public int decimals() {
      return value instanceof Double ? 1 : 0;
    }
  }

  /** A count of findings of one severity: grey when there are none, so that "0 critical" never alarms. */
  public record Badge(String key, int count, String css) {}

  /**
   * A sentence with its message key and arguments, for {@code #messages.msgWithParams}: what a
   * measure costs, "5 levels where 2 would do", its arguments the shortfall, total and sound part.
   */
  public record Sentence(String key, Object[] args) {

    static Sentence cost(LinkMeasure.Value value) {
      return new Sentence("home.cost." + value.measure().key(),
          new Object[] {value.shortfall(), value.total(), value.sound()});
    }
  }

  /** The verdict: the weakest link's key and what it costs; {@code sound} when no link falls short. */
  public record Verdict(String link, String state, Sentence cost, boolean sound) {}

  /** One link of the anti-value chain. */
  public record LinkSummary(LinkScore score, List<Figure> figures, List<Finding> findings) {

    public String key() {
      return score.link().key();
    }

    /** The traffic light's key: {@code green}, {@code amber} or {@code red}. */
    public String state() {
      return score.state().key();
    }

    /** What the link's weakest measure costs, or null when none falls short. */
    public Sentence cost() {
      return score.fallsShort() ? Sentence.cost(score.weakest()) : null;
    }

    public int findingCount() {
      return score.critical() + score.warnings() + score.notes();
    }

    public int more() {
      return findingCount() - findings.size();
    }

    public List<Badge> badges() {
      return List.of(badge("home.severity.critical", score.critical(), "text-bg-danger"),
          badge("home.severity.warning", score.warnings(), "text-bg-warning"),
          badge("home.severity.info", score.notes(), "text-bg-info"));
    }

    private static Badge badge(String key, int count, String css) {
      return new Badge(key, count, count == 0 ? "text-bg-secondary" : css);
    }
  }

  /** What the home page shows of one diagnosis. */
  private record Glance(Verdict verdict, List<LinkSummary> links) {}

  private final PerDiagnosis<Glance> cache = new PerDiagnosis<>(AntiValueChain::glance);

  /** The home page's glance at the three links, computed ahead of its first visit. */
  @Override
  public void derive(Diagnosis diagnosis) {
    cache.of(diagnosis);
  }

  /** The three links, in the source's order. */
  public List<LinkSummary> of(Diagnosis diagnosis) {
    return diagnosis == null ? List.of() : cache.of(diagnosis).links();
  }

  /** The verdict: the weakest link and what it costs. */
  public Verdict verdict(Diagnosis diagnosis) {
    return cache.of(diagnosis).verdict();
  }

  /**
   * The team card a finding is about: its subject's, its link's supplier's, or its procedure's owner's
   * (the card lists the team's procedures); null for a person or the organisation.
   */
  public String teamOf(Diagnosis diagnosis, Finding finding) {
    return finding.subject().owner().filter(ValueChainIndex.of(diagnosis)::isTeam).orElse(null);
  }

  /** The person a finding is about, when the signed-in user may open their place; else null. */
  public String personOf(Diagnosis diagnosis, Finding finding) {
    if (!(finding.subject() instanceof Subject.Person person)
        || !Access.isManager(SecurityContextHolder.getContext().getAuthentication())) {
      return null;
    }
    return diagnosis.person(person.id()).isPresent() ? person.id() : null;
  }

  private static Glance glance(Diagnosis diagnosis) {
    ChainVerdict verdict = ChainVerdict.of(diagnosis);
    Map<ChainLink, List<Finding>> shown = new EnumMap<>(ChainLink.class);
    for (ChainLink link : ChainLink.values()) {
      shown.put(link, new ArrayList<>());
    }
    for (Finding finding : diagnosis.findings()) {
      List<Finding> findings = shown.get(finding.link());
      if (findings.size() < SHOWN) {
        findings.add(finding);
      }
    }
    Map<ChainLink, List<Figure>> figures = figures(diagnosis);
    List<LinkSummary> links = new ArrayList<>();
    for (LinkScore score : verdict.links()) {
      links.add(new LinkSummary(score, figures.get(score.link()), List.copyOf(shown.get(score.link()))));
    }
    LinkScore weakest = verdict.weakest();
    return new Glance(new Verdict(weakest.link().key(), weakest.state().key(), Sentence.cost(weakest.weakest()),
        verdict.sound()), List.copyOf(links));
  }

  private static Map<ChainLink, List<Figure>> figures(Diagnosis diagnosis) {
    ValueChainFigures chain = diagnosis.valueChain();
    HierarchyFigures hierarchy = diagnosis.hierarchy();
    AgreementFigures agreements = diagnosis.agreements();
    List<Figure> techno = List.of(
        new Figure("home.fig.teams", chain.teams(), "/value-chain", false),
        new Figure("home.fig.disconnected", chain.disconnectedTeams().size(), "/value-chain",
            !chain.disconnectedTeams().isEmpty()),
        new Figure("home.fig.withoutCustomer", chain.teamsWithoutCustomer().size(), "/value-chain",
            !chain.teamsWithoutCustomer().isEmpty()),
        new Figure("home.fig.supportNotReaching", chain.supportTeamsNotReachingFrontLine().size(), "/support",
            !chain.supportTeamsNotReachingFrontLine().isEmpty()),
        new Figure("home.fig.inversions", chain.inversions().size(), "/support", !chain.inversions().isEmpty()),
        new Figure("home.fig.uncovered", agreements.uncoveredExpectations(), "/bureaucracy#agreements",
            agreements.uncoveredExpectations() > 0),
        new Figure("home.fig.unasked", agreements.unaskedCommitments(), "/bureaucracy#agreements",
            agreements.unaskedCommitments() > 0));
    BureaucracyFigures procedures = diagnosis.bureaucracy();
    List<Figure> bureau = List.of(
        new Figure("home.fig.per100", oneDecimal(procedures.proceduresPer100People()), "/bureaucracy", false),
        new Figure("home.fig.climbing", procedures.climbingCircuits().size(), "/bureaucracy",
            !procedures.climbingCircuits().isEmpty()),
        new Figure("home.fig.supportApprovals", procedures.supportApprovalsOnFrontLine(), "/bureaucracy",
            procedures.supportApprovalsOnFrontLine() > 0),
        new Figure("home.fig.internalControls", procedures.internalControls().size(), "/bureaucracy",
            !procedures.internalControls().isEmpty()));
    List<Figure> obesity = List.of(
        new Figure("home.fig.headcount", diagnosis.headcount(), "/hierarchy", false),
        new Figure("home.fig.levels", hierarchy.levelsBetweenTopAndBase(), "/hierarchy", false),
        new Figure("home.fig.levelsNeeded", hierarchy.levelsNeeded(), "/hierarchy", false),
        new Figure("home.fig.excess", hierarchy.excessLevels(), "/hierarchy", hierarchy.excessLevels() > 0),
        new Figure("home.fig.passThrough", hierarchy.passThroughManagers().size(), "/hierarchy",
            !hierarchy.passThroughManagers().isEmpty()));
    return Map.of(ChainLink.TECHNOCRATISATION, techno, ChainLink.BUREAUCRATISATION, bureau,
        ChainLink.OBESITY, obesity);
  }

  /** A ratio as the home page shows it: one decimal, the same in every language. */
  static double oneDecimal(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
