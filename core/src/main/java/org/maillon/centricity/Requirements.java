package org.maillon.centricity;

import static org.maillon.centricity.Inputs.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Subject;
import org.maillon.model.Link;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.LinkStatus;
import org.maillon.valuechain.TeamFigures;
import org.maillon.valuechain.UncoveredExpectation;

/**
 * The requirements component (docs/centricity.md): over the links a team supplies (the links whose
 * supplier is a team, for the organisation), 1 − defects / (expectations + links), a defect being
 * an expectation no commitment answers, a link that states nothing or a link that waits for its
 * customer's confirmation. Each defect is a cost whose fixing removes one defect. Left out only
 * without any such link. Read once per diagnosis, in O(links).
 */
final class Requirements {

  static final String FORMULA = "1 − (uncovered + empty + pending) / (expectations + links)";

  private final Map<String, Counts> byTeam = new HashMap<>();

  /** A team's outgoing links: their expectations, and those empty and pending. */
  private static final class Counts {
    int expectations;
    int links;
    final List<Link> empty = new ArrayList<>();
    final List<Link> pending = new ArrayList<>();
  }

  Requirements(Diagnosis diagnosis) {
    Set<String> teams = new HashSet<>();
    diagnosis.model().teams().forEach(team -> teams.add(team.id()));
    for (Link link : diagnosis.model().links()) {
      if (!teams.contains(link.from())) {
        continue;
      }
      Counts counts = byTeam.computeIfAbsent(link.from(), t -> new Counts());
      counts.expectations += link.expectations().size();
      counts.links++;
      switch (LinkStatus.of(link)) {
        case EMPTY -> counts.empty.add(link);
        case PENDING -> counts.pending.add(link);
        case AGREED -> { }
      }
    }
  }

  /** The requirements of one team, with a cost per defect. */
  void team(TeamFigures team, Inputs inputs) {
    Counts counts = byTeam.getOrDefault(team.id(), new Counts());
    List<UncoveredExpectation> uncovered = team.uncoveredExpectations();
    add(inputs, counts.expectations, counts.links, uncovered.size(), counts.empty.size(), counts.pending.size());
    int defects = uncovered.size() + counts.empty.size() + counts.pending.size();
    costs(inputs, team.id(), uncovered, counts, fixed(counts.expectations + counts.links, defects));
  }

  /** The requirements of the organisation, with a cost per defect of every team. */
  void organization(Diagnosis diagnosis, Inputs inputs) {
    AgreementFigures a = diagnosis.agreements();
    add(inputs, a.expectations(), a.links(), a.uncoveredExpectations(), a.emptyLinks(), a.pendingLinks());
    double fixed = fixed(a.expectations() + a.links(), a.uncoveredExpectations() + a.emptyLinks() + a.pendingLinks());
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      String team = diagnosis.teamId(rank);
      costs(inputs, team, diagnosis.uncoveredExpectations(rank), byTeam.getOrDefault(team, new Counts()), fixed);
    }
  }

  private static void add(Inputs inputs, int expectations, int links, int uncovered, int empty, int pending) {
    int counted = expectations + links;
    int defects = uncovered + empty + pending;
    Double value = Normalise.requirements(counted, defects);
    inputs.add(Component.REQUIREMENTS, value, FORMULA,
        "1 − (" + uncovered + " + " + empty + " + " + pending + ") / (" + expectations + " + " + links + ") = "
            + number(value == null ? 0 : value),
        "expectations", expectations, "links", links, "uncovered", uncovered, "empty", empty, "pending", pending);
  }

  /** The value once one defect is fixed; meaningless with nothing counted, when there is no defect to fix. */
  private static double fixed(int counted, int defects) {
    return 1 - (defects - 1.0) / counted;
  }

  private static void costs(Inputs inputs, String team, List<UncoveredExpectation> uncovered, Counts counts,
      double fixed) {
    for (UncoveredExpectation u : uncovered) {
      inputs.cost("UNCOVERED_EXPECTATION", new Subject.Expectation(team, u.link(), u.expectation()),
          Component.REQUIREMENTS, fixed);
    }
    for (Link link : counts.empty) {
      inputs.cost("EMPTY_LINK", new Subject.Link(link.from(), link.to()), Component.REQUIREMENTS, fixed);
    }
    for (Link link : counts.pending) {
      inputs.cost("PENDING_LINK", new Subject.Link(link.from(), link.to()), Component.REQUIREMENTS, fixed);
    }
  }
}
