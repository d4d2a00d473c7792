package org.maillon.server.diagnosis.web;

import org.maillon.server.organization.PerDiagnosis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.diagnosis.ChainLink;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.Severity;
import org.maillon.diagnosis.Subject;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.server.security.Access;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.ValueChainFigures;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The anti-value chain at a glance, for the home page ({@code ${@antiValueChain.of(figures)}}): its
 * three links — technocratisation, bureaucratisation, hierarchical obesity — each with its key
 * figures and the findings that belong to it. Derived once per diagnosis; findings are already
 * computed, so nothing here walks the people.
 */
@Component("antiValueChain")
public class AntiValueChain {

  /** How many findings a link shows on the home page; the others are counted. */
  static final int SHOWN = 5;

  /** A figure shown big, with the message key of its label and the page that explains it. */
  public record Figure(String key, Object value, String href, boolean alarm) {}

  /** One link of the anti-value chain. */
  public record LinkSummary(String key, List<Figure> figures, List<Finding> findings, int findingCount,
      Map<String, Integer> bySeverity) {

    public int more() {
      return findingCount - findings.size();
    }
  }

  private final PerDiagnosis<List<LinkSummary>> cache = new PerDiagnosis<>(AntiValueChain::links);

  /** The three links, in the source's order. */
  public List<LinkSummary> of(Diagnosis diagnosis) {
    return diagnosis == null ? List.of() : cache.of(diagnosis);
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

  private static List<LinkSummary> links(Diagnosis diagnosis) {
    Map<String, List<Finding>> shown = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> severities = new LinkedHashMap<>();
    for (ChainLink link : ChainLink.values()) {
      String key = link.key();
      shown.put(key, new ArrayList<>());
      counts.put(key, 0);
      Map<String, Integer> bySeverity = new LinkedHashMap<>();
      for (Severity severity : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
        bySeverity.put(severity.code(), 0);
      }
      severities.put(key, bySeverity);
    }
    for (Finding finding : diagnosis.findings()) {
      String key = finding.link().key();
      counts.merge(key, 1, Integer::sum);
      severities.get(key).merge(finding.severity().code(), 1, Integer::sum);
      if (shown.get(key).size() < SHOWN) {
        shown.get(key).add(finding);
      }
    }
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
    Map<String, List<Figure>> figures = Map.of("technocratisation", techno, "bureaucratisation", bureau,
        "obesity", obesity);
    List<LinkSummary> links = new ArrayList<>();
    for (String key : shown.keySet()) {
      links.add(new LinkSummary(key, figures.get(key), List.copyOf(shown.get(key)), counts.get(key),
          severities.get(key)));
    }
    return List.copyOf(links);
  }

  /** A ratio as the home page shows it: one decimal, the same in every language. */
  static double oneDecimal(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
