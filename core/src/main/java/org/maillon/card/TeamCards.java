package org.maillon.card;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.valuechain.TeamFigures;

/**
 * Assembles a team card: the diagnosis gives the neighbours, the model's links give the words. A
 * card reads its team's links and its customer teams' links only, found through the diagnosis's
 * index, so that its cost does not grow with the organisation.
 */
final class TeamCards {

  private TeamCards() {}

  static TeamCard card(Diagnosis diagnosis, TeamFigures team) {
    NodeNames names = new NodeNames(diagnosis);
    List<Link> outgoing = new ArrayList<>(diagnosis.linksFrom(team.id()));
    List<Link> incoming = new ArrayList<>(diagnosis.linksTo(team.id()));
    incoming.removeIf(link -> link.from().equals(team.id()));
    outgoing.sort(Comparator.comparing(Link::to));
    incoming.sort(Comparator.comparing(Link::from));
    Map<String, List<Duty.Downstream>> downstream = downstream(diagnosis, outgoing, names);
    return new TeamCard(team.id(), team.name(), team.kind().code(), names.function(team.id()),
        team.members().size(), team.hopsToCustomer(),
        names.refs(team.suppliers().stream().filter(names::isTeam).toList()),
        names.refs(team.suppliers().stream().filter(id -> !names.isTeam(id)).toList()),
        names.refs(team.customers().stream().filter(names::isTeam).toList()),
        names.refs(team.customers().stream().filter(id -> !names.isTeam(id)).toList()),
        names.refs(team.customersOfCustomers()),
        outgoing.stream().map(link -> duty(link, names, downstream.getOrDefault(link.to(), List.of()))).toList(),
        incoming.stream().map(link -> requirement(link, names)).toList(),
        team.uncoveredExpectations(), team.unaskedCommitments(), team.revenueReached());
  }

  private static Duty duty(Link link, NodeNames names, List<Duty.Downstream> downstream) {
    List<Duty.Commitment> commitments = link.commitments().stream()
        .map(commitment -> new Duty.Commitment(commitment.text(), answered(link, commitment)))
        .toList();
    return new Duty(names.ref(link.to()), link.delivers(), commitments, downstream, Agreement.of(link));
  }

  /** The links out of each customer team of the card, by customer, in the order of their ends. */
  private static Map<String, List<Duty.Downstream>> downstream(Diagnosis diagnosis, List<Link> outgoing,
      NodeNames names) {
    Map<String, List<Duty.Downstream>> byCustomer = new HashMap<>();
    for (Link link : outgoing) {
      if (names.isTeam(link.to()) && !byCustomer.containsKey(link.to())) {
        byCustomer.put(link.to(), diagnosis.linksFrom(link.to()).stream().sorted(Comparator.comparing(Link::to))
            .map(further -> new Duty.Downstream(names.ref(further.to()), further.delivers(),
                further.commitments().stream().map(Commitment::text).toList()))
            .toList());
      }
    }
    return byCustomer;
  }

  private static List<Duty.Expectation> answered(Link link, Commitment commitment) {
    return commitment.answers().stream()
        .map(id -> new Duty.Expectation(id, link.expectations().stream()
            .filter(expectation -> expectation.id().equals(id))
            .map(Expectation::text)
            .findFirst()
            .orElse(null)))
        .toList();
  }

  private static Requirement requirement(Link link, NodeNames names) {
    List<Requirement.Expectation> expectations = link.expectations().stream()
        .map(expectation -> new Requirement.Expectation(expectation.id(), expectation.text(),
            link.commitments().stream().anyMatch(c -> c.answers().contains(expectation.id()))))
        .toList();
    return new Requirement(names.ref(link.from()), link.delivers(), expectations, Agreement.of(link));
  }
}
