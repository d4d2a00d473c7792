package org.maillon.server.teams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Link;
import org.maillon.model.Team;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.valuechain.LinkStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What waits for a team's lead on the links of their teams: as a customer, the suppliers'
 * commitments to confirm; as a supplier, the customers who have not confirmed theirs yet. Pending
 * links only, by supplier then customer. Time linear in the links of those teams.
 */
@Component
public class WaitingLinks {

  private final LinkConfirmation confirmation;

  WaitingLinks(LinkConfirmation confirmation) {
    this.confirmation = confirmation;
  }

  /** A pending link, its ends named, and whether the viewer may confirm it. */
  public record Row(String from, String fromLabel, String to, String toLabel, LocalDate changedOn,
      boolean canConfirm) {}

  /** The links to confirm as a customer, and those awaiting their customers. */
  public record Waiting(List<Row> toConfirm, List<Row> awaiting) {

    public boolean isEmpty() {
      return toConfirm.isEmpty() && awaiting.isEmpty();
    }
  }

  /** What waits on the links of the teams {@code person} leads. */
  public Waiting ofLead(Authentication viewer, Diagnosis diagnosis, String person) {
    Set<String> teams = new HashSet<>();
    for (Team team : diagnosis.model().teams()) {
      if (person != null && person.equals(team.lead())) {
        teams.add(team.id());
      }
    }
    return of(viewer, diagnosis, teams);
  }

  /** What waits on the links of these teams. */
  public Waiting of(Authentication viewer, Diagnosis diagnosis, Set<String> teams) {
    List<Row> toConfirm = new ArrayList<>();
    List<Row> awaiting = new ArrayList<>();
    if (teams.isEmpty()) {
      return new Waiting(toConfirm, awaiting);
    }
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    for (Link link : linksOf(diagnosis, teams)) {
      boolean customer = teams.contains(link.to());
      boolean supplier = teams.contains(link.from());
      if ((customer || supplier) && LinkStatus.of(link) == LinkStatus.PENDING) {
        Row row = new Row(link.from(), index.label(link.from()), link.to(), index.label(link.to()), link.changedOn(),
            customer && confirmation.mayConfirm(viewer, diagnosis, link));
        (customer ? toConfirm : awaiting).add(row);
      }
    }
    return new Waiting(toConfirm, awaiting);
  }

  /** The links from or to these teams, each once, by supplier then customer: O(their links). */
  private static List<Link> linksOf(Diagnosis diagnosis, Set<String> teams) {
    Set<Link> links = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String team : teams) {
      links.addAll(diagnosis.linksFrom(team));
      links.addAll(diagnosis.linksTo(team));
    }
    return links.stream().sorted(Comparator.comparing(Link::from).thenComparing(Link::to)).toList();
  }
}
