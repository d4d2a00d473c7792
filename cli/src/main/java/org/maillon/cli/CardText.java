package org.maillon.cli;

import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.maillon.card.Duty;
import org.maillon.card.ManagerRef;
import org.maillon.card.NodeRef;
import org.maillon.card.PersonPlace;
import org.maillon.card.Requirement;
import org.maillon.card.TeamCard;
import org.maillon.valuechain.RevenueReach;

/** The person's place and the team card as a terminal shows them, in the reader's language. */
final class CardText {

  private CardText() {}

  static String place(PersonPlace place, Messages m) {
    StringJoiner text = new StringJoiner(System.lineSeparator());
    text.add(person(place.id(), place.name(), place.title()));
    text.add(m.get("me.team", place.team() == null ? m.get("me.noTeam") : node(place.team())));
    text.add(m.get("me.managers", m.number(place.managers().size())));
    if (place.managers().isEmpty()) {
      text.add("  " + m.get("me.top"));
    }
    for (ManagerRef manager : place.managers()) {
      text.add("  ↑ " + person(manager.id(), manager.name(), manager.title()));
    }
    if (place.hopsToCustomer() == null) {
      text.add(m.get("me.noChain"));
    } else {
      text.add(m.get("me.chain", m.number(place.hopsToCustomer()), place.hopsToCustomer()));
      text.add("  " + String.join(" → ", place.chainToCustomer().stream().map(CardText::node).toList()));
    }
    return text.toString();
  }

  static String team(TeamCard card, Messages m) {
    StringJoiner text = new StringJoiner(System.lineSeparator());
    text.add(node(new NodeRef(card.id(), card.name())) + " — " + m.get("kind." + card.kind())
        + (card.function() == null ? "" : ", " + card.function()));
    text.add(m.get("team.card.members", m.number(card.members()),
        card.hopsToCustomer() == null ? m.get("team.card.unreachable") : m.number(card.hopsToCustomer())));
    text.add(m.get("team.card.supplierTeams", nodes(card.supplierTeams(), m)));
    text.add(m.get("team.card.partners", nodes(card.partners(), m)));
    text.add(m.get("team.card.customerTeams", nodes(card.customerTeams(), m)));
    text.add(m.get("team.card.finalCustomers", nodes(card.finalCustomers(), m)));
    if (card.revenueReached() != null) {
      text.add(revenue(card.revenueReached(), m));
    }
    text.add(m.get("team.card.customersOfCustomers", nodes(card.customersOfCustomers(), m)));
    text.add(heading("team.card.duties", card.duties(), m));
    card.duties().forEach(duty -> duty(duty, m, text));
    text.add(heading("team.card.requirements", card.requirements(), m));
    card.requirements().forEach(requirement -> requirement(requirement, m, text));
    text.add(m.get("team.card.uncovered", m.counted(card.uncoveredExpectations().stream()
        .map(u -> u.link() + ":" + u.expectation()).toList())));
    text.add(m.get("team.card.unasked", m.counted(card.unaskedCommitments().stream()
        .map(u -> u.link() + ": " + u.text()).toList())));
    return text.toString();
  }

  /** The revenue a team reaches and its share at each distance, nearest first. */
  private static String revenue(RevenueReach reach, Messages m) {
    String shares = reach.shareByHops().entrySet().stream()
        .map(share -> m.get("team.card.revenueAt", m.number(share.getKey()), share.getKey(), m.percent(share.getValue())))
        .collect(Collectors.joining(", "));
    return m.get("team.card.revenue", m.decimal(reach.revenue()), m.number(reach.customersWithRevenue()),
        reach.customersWithRevenue(), shares);
  }

  /** A list's heading, which says "none" itself when no line follows it, as the other lists do. */
  private static String heading(String key, List<?> lines, Messages m) {
    return lines.isEmpty() ? m.get(key) + " " + m.get("list.none") : m.get(key);
  }

  private static void duty(Duty duty, Messages m, StringJoiner text) {
    text.add("  → " + node(duty.customer()) + delivers(duty.delivers(), m));
    if (duty.commitments().isEmpty()) {
      text.add("      " + m.get("team.card.noCommitment"));
    }
    for (Duty.Commitment commitment : duty.commitments()) {
      String answers = commitment.answers().isEmpty() ? m.get("team.card.unaskedMark")
          : m.get("team.card.answers", String.join(", ", commitment.answers().stream().map(Duty.Expectation::id).toList()));
      text.add("      • " + commitment.text() + " — " + answers);
    }
    for (Duty.Downstream further : duty.downstream()) {
      text.add("      " + m.get("team.card.downstream", node(further.customer()),
          further.commitments().isEmpty() ? m.get("list.none") : String.join(" · ", further.commitments())));
    }
  }

  private static void requirement(Requirement requirement, Messages m, StringJoiner text) {
    text.add("  ← " + node(requirement.supplier()) + delivers(requirement.delivers(), m));
    if (requirement.expectations().isEmpty()) {
      text.add("      " + m.get("team.card.noExpectation"));
    }
    for (Requirement.Expectation expectation : requirement.expectations()) {
      text.add("      • " + expectation.id() + ": " + expectation.text() + " — "
          + m.get(expectation.covered() ? "team.card.covered" : "team.card.uncoveredMark"));
    }
  }

  private static String delivers(String delivers, Messages m) {
    return delivers == null ? "" : " — " + m.get("team.card.delivers", delivers);
  }

  private static String nodes(List<NodeRef> nodes, Messages m) {
    return nodes.isEmpty() ? m.get("list.none") : String.join(", ", nodes.stream().map(CardText::node).toList());
  }

  private static String node(NodeRef node) {
    return node.name() == null ? node.id() : node.name() + " (" + node.id() + ")";
  }

  private static String person(String id, String name, String title) {
    return (name == null ? id : name + " (" + id + ")") + (title == null ? "" : " — " + title);
  }
}
