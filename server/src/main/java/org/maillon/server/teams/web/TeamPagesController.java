package org.maillon.server.teams.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.maillon.card.Cards;
import org.maillon.card.NodeRef;
import org.maillon.card.TeamCard;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Team;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.valuechain.TeamFigures;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Team cards, the second action: the list of teams ({@code /teams}, filtered by name or kind) and
 * one team's card ({@code /teams/{id}}): suppliers and partners, customers and customers'
 * customers, drawn; duties and requirements; uncovered expectations and unasked commitments. Anyone
 * signed in sees them. Teams and links are read from the model; people only as one team's members.
 */
@Controller
class TeamPagesController {

  /** Teams listed at once; the filter finds the others. */
  static final int LISTED = 200;
  /** Nodes drawn per column of a card's graph, and members listed. */
  static final int DRAWN = 60;

  private final CurrentOrganization current;

  TeamPagesController(CurrentOrganization current) {
    this.current = current;
  }

  /** A row of the list of teams. */
  record TeamRow(String id, String label, String kind, String function, boolean reachesCustomer) {}

  /** A person named on a card. */
  record Member(String id, String label) {}

  @GetMapping("/teams")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind, Model model) {
    Diagnosis diagnosis = current.diagnosis();
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    Set<String> disconnected = new HashSet<>(diagnosis.valueChain().disconnectedTeams());
    String query = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
    List<TeamRow> rows = new ArrayList<>();
    int matching = 0;
    for (Team team : index.teams()) {
      if (kind != null && !kind.isBlank() && !team.kind().code().equals(kind)) {
        continue;
      }
      if (!query.isEmpty() && !team.id().toLowerCase(Locale.ROOT).contains(query)
          && !index.label(team.id()).toLowerCase(Locale.ROOT).contains(query)) {
        continue;
      }
      matching++;
      if (rows.size() < LISTED) {
        rows.add(new TeamRow(team.id(), index.label(team.id()), team.kind().code(), team.function(),
            !disconnected.contains(team.id())));
      }
    }
    model.addAttribute("rows", rows);
    model.addAttribute("matching", matching);
    model.addAttribute("q", q);
    model.addAttribute("kind", kind);
    return "teams/list";
  }

  @GetMapping("/teams/{id}")
  String card(@PathVariable String id, Authentication authentication, Model model) {
    Diagnosis diagnosis = current.diagnosis();
    TeamFigures figures = diagnosis.team(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No team has the id " + id + "."));
    TeamCard card = Cards.card(diagnosis, id).orElseThrow();
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    boolean manager = Access.isManager(authentication);
    List<Member> members = new ArrayList<>();
    for (String member : figures.members()) {
      if (members.size() == DRAWN) {
        break;
      }
      members.add(new Member(member, diagnosis.person(member).map(PersonFigures::name)
          .filter(n -> !n.isBlank()).orElse(member)));
    }
    String lead = diagnosis.model().teams().stream().filter(t -> t.id().equals(id)).findFirst()
        .map(Team::lead).orElse(null);
    model.addAttribute("card", card);
    model.addAttribute("figures", figures);
    model.addAttribute("index", index);
    model.addAttribute("members", members);
    model.addAttribute("lead", lead == null ? null : new Member(lead, diagnosis.person(lead)
        .map(PersonFigures::name).filter(n -> !n.isBlank()).orElse(lead)));
    model.addAttribute("canSeePeople", manager);
    model.addAttribute("graph", graph(card, index));
    model.addAttribute("expectationTexts", expectationTexts(diagnosis, card));
    return "teams/card";
  }

  /** The text of each uncovered expectation, by "customer id/expectation id", from the card's duties' links. */
  private static Map<String, String> expectationTexts(Diagnosis diagnosis, TeamCard card) {
    Map<String, String> texts = new HashMap<>();
    if (card.uncoveredExpectations().isEmpty()) {
      return texts;
    }
    for (Link link : diagnosis.model().links()) {
      if (link.from().equals(card.id())) {
        for (Expectation expectation : link.expectations()) {
          texts.put(link.to() + "/" + expectation.id(), expectation.text());
        }
      }
    }
    return texts;
  }

  /**
   * The card drawn in four columns: suppliers and partners, the team, its customers, their
   * customers; each column cut at {@link #DRAWN} nodes.
   */
  static Map<String, Object> graph(TeamCard card, ValueChainIndex index) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> links = new ArrayList<>();
    List<String> suppliers = new ArrayList<>();
    card.supplierTeams().forEach(n -> suppliers.add(n.id()));
    card.partners().forEach(n -> suppliers.add(n.id()));
    List<String> customers = new ArrayList<>();
    card.customerTeams().forEach(n -> customers.add(n.id()));
    card.finalCustomers().forEach(n -> customers.add(n.id()));
    List<String> customersOfCustomers = card.customersOfCustomers().stream().map(NodeRef::id).toList();
    List<List<String>> columns = List.of(suppliers, List.of(card.id()), customers, customersOfCustomers);
    boolean cut = false;
    int rows = 1;
    for (List<String> column : columns) {
      rows = Math.max(rows, Math.min(column.size(), DRAWN));
    }
    for (int c = 0; c < columns.size(); c++) {
      List<String> column = columns.get(c);
      int shown = Math.min(column.size(), DRAWN);
      cut |= shown < column.size();
      for (int r = 0; r < shown; r++) {
        String id = column.get(r);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", c + ":" + id);
        node.put("node", id);
        node.put("name", index.label(id));
        node.put("kind", index.kind(id));
        node.put("team", index.isTeam(id));
        node.put("x", c * 300);
        node.put("y", (r + 0.5) * rows * 60.0 / shown);
        node.put("subject", c == 1);
        nodes.add(node);
      }
    }
    Set<String> drawnCustomers = new HashSet<>(customers.subList(0, Math.min(customers.size(), DRAWN)));
    Set<String> drawnOfCustomers = new HashSet<>(
        customersOfCustomers.subList(0, Math.min(customersOfCustomers.size(), DRAWN)));
    for (String supplier : suppliers.subList(0, Math.min(suppliers.size(), DRAWN))) {
      links.add(Map.of("source", "0:" + supplier, "target", "1:" + card.id()));
    }
    for (String customer : drawnCustomers) {
      links.add(Map.of("source", "1:" + card.id(), "target", "2:" + customer));
      for (String next : index.customers(customer)) {
        if (drawnOfCustomers.contains(next)) {
          links.add(Map.of("source", "2:" + customer, "target", "3:" + next));
        }
      }
    }
    Map<String, Object> graph = new LinkedHashMap<>();
    graph.put("nodes", nodes);
    graph.put("links", links);
    graph.put("rows", rows);
    graph.put("cut", cut);
    return graph;
  }
}
