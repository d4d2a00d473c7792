package org.maillon.server.teams.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.card.Cards;
import org.maillon.card.TeamCard;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Team;
import org.maillon.server.bureaucracy.web.TeamProceduresPart;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.maillon.server.teams.CardEditor;
import org.maillon.server.teams.WaitingLinks;
import org.maillon.server.valuechain.TeamGraph;
import org.maillon.valuechain.NodeKind;
import org.maillon.server.valuechain.TextSearch;
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
 * signed in sees them; those who may edit the card ({@link CardEditor}) find the way to its form. Teams and links are read from the model; people only as one team's members.
 */
@Controller
class TeamPagesController {

  /** Teams listed at once; the filter finds the others. */
  static final int LISTED = 200;
  /** Members listed on a card. */
  static final int MEMBERS = 60;

  private final CurrentOrganization current;
  private final TeamProceduresPart procedures;
  private final CardEditor editor;
  private final WaitingLinks waiting;

  TeamPagesController(CurrentOrganization current, TeamProceduresPart procedures, CardEditor editor,
      WaitingLinks waiting) {
    this.current = current;
    this.procedures = procedures;
    this.editor = editor;
    this.waiting = waiting;
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
    TextSearch search = TextSearch.of(q);
    List<TeamRow> rows = new ArrayList<>();
    int matching = 0;
    for (Team team : index.teams()) {
      if (kind != null && !kind.isBlank() && !team.kind().code().equals(kind)) {
        continue;
      }
      if (!search.matches(team.id(), index.label(team.id()))) {
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
      if (members.size() == MEMBERS) {
        break;
      }
      members.add(new Member(member, diagnosis.person(member).map(PersonFigures::name)
          .filter(n -> !n.isBlank()).orElse(member)));
    }
    String lead = diagnosis.teamInModel(id).map(Team::lead).orElse(null);
    model.addAttribute("card", card);
    model.addAttribute("figures", figures);
    model.addAttribute("index", index);
    model.addAttribute("members", members);
    model.addAttribute("lead", lead == null ? null : new Member(lead, diagnosis.person(lead)
        .map(PersonFigures::name).filter(n -> !n.isBlank()).orElse(lead)));
    model.addAttribute("canSeePeople", manager);
    model.addAttribute("canEdit", editor.mayEdit(authentication, id));
    model.addAttribute("graph", TeamGraph.of(card, index));
    model.addAttribute("kinds", NodeKind.values());
    model.addAttribute("expectationTexts", expectationTexts(diagnosis, card));
    model.addAttribute("procedurePart", procedures.of(id));
    model.addAttribute("waiting", waiting.of(authentication, diagnosis, Set.of(id)));
    return "teams/card";
  }

  /** The text of each uncovered expectation, by "customer id/expectation id", from the card's duties' links. */
  private static Map<String, String> expectationTexts(Diagnosis diagnosis, TeamCard card) {
    Map<String, String> texts = new HashMap<>();
    if (card.uncoveredExpectations().isEmpty()) {
      return texts;
    }
    for (Link link : diagnosis.linksFrom(card.id())) {
      for (Expectation expectation : link.expectations()) {
        texts.put(link.to() + "/" + expectation.id(), expectation.text());
      }
    }
    return texts;
  }
}
