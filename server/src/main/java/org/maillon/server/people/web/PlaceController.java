package org.maillon.server.people.web;

import java.util.ArrayList;
import java.util.List;
import org.maillon.card.Cards;
import org.maillon.card.ManagerRef;
import org.maillon.card.NodeRef;
import org.maillon.card.PersonPlace;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.maillon.server.security.MaillonUser;
import org.maillon.server.system.NameSearch;
import org.maillon.server.system.Notice;
import org.maillon.server.teams.WaitingLinks;
import org.maillon.server.valuechain.ValueChainIndex;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * "My place in the chain": the path from a collaborator's team to the final customer, drawn, with
 * their manager chain and hops. A member sees their own place ({@code /me}); managers and admins
 * find anyone by name ({@code /people?q=}). One person's place is read from the diagnosis by id: nothing here
 * walks the people, except the core's single pass that finds the titles of the manager chain.
 */
@Controller
class PlaceController {

  /** Longest chains and lists drawn in full; longer ones are cut with a note. */
  static final int SHOWN = 50;

  private final CurrentOrganization current;
  private final WaitingLinks waiting;

  PlaceController(CurrentOrganization current, WaitingLinks waiting) {
    this.current = current;
    this.waiting = waiting;
  }

  /** A node of a drawn chain: id, name to show, kind, and whether it is a team (with a card). */
  record ChainNode(String id, String label, String kind, boolean team) {}

  @GetMapping("/me")
  String me(Authentication authentication, Model model) {
    if (authentication != null && authentication.getPrincipal() instanceof MaillonUser user && user.personId() != null) {
      return "redirect:/people/" + UriUtils.encodePathSegment(user.personId(), java.nio.charset.StandardCharsets.UTF_8);
    }
    if (Access.isManager(authentication)) {
      return "redirect:/people";
    }
    boolean company = authentication instanceof OAuth2AuthenticationToken;
    model.addAttribute(Notice.ATTRIBUTE, new Notice("no-person", "place.title",
        company ? "place.noPersonSso" : "place.noPerson"));
    return Notice.VIEW;
  }

  /**
   * The picker: a search by name ({@code q}: "thomas" lists every Thomas, an exact id opens that place),
   * the tops of the hierarchy and the team leads.
   */
  @GetMapping("/people")
  String pick(@RequestParam(required = false) String q, @RequestParam(required = false) String id,
      Authentication authentication, Model model) {
    Access.requireManager(authentication, "Members may see their own place only.");
    Diagnosis diagnosis = current.diagnosis();
    String query = q != null && !q.isBlank() ? q.trim() : id != null && !id.isBlank() ? id.trim() : null;
    if (query != null && diagnosis.person(query).isPresent()) {
      return "redirect:/people/" + UriUtils.encodePathSegment(query, java.nio.charset.StandardCharsets.UTF_8);
    }
    if (query != null) {
      search(diagnosis, query, model);
    }
    List<ChainNode> tops = new ArrayList<>();
    for (String top : diagnosis.hierarchy().tops()) {
      if (tops.size() == SHOWN) {
        break;
      }
      tops.add(new ChainNode(top, label(diagnosis, top), null, false));
    }
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    List<ChainNode> leads = new ArrayList<>();
    for (Team team : index.teams()) {
      if (leads.size() == SHOWN * 4) {
        break;
      }
      if (team.lead() != null && diagnosis.person(team.lead()).isPresent()) {
        leads.add(new ChainNode(team.lead(), label(diagnosis, team.lead()), team.id(), true));
      }
    }
    model.addAttribute("tops", tops);
    model.addAttribute("topCount", diagnosis.hierarchy().tops().size());
    model.addAttribute("leads", leads);
    model.addAttribute("index", index);
    return "people/pick";
  }

  @GetMapping("/people/{id}")
  String place(@PathVariable String id, Authentication authentication, Model model) {
    Access.requirePerson(authentication, id);
    Diagnosis diagnosis = current.diagnosis();
    if (diagnosis.person(id).isEmpty() && Access.isManager(authentication)) {
      return "redirect:/people?q=" + UriUtils.encodeQueryParam(id, java.nio.charset.StandardCharsets.UTF_8);
    }
    PersonFigures figures = diagnosis.person(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person has the id " + id + "."));
    PersonPlace place = Cards.place(diagnosis, id).orElseThrow();
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    List<ChainNode> chain = new ArrayList<>();
    for (NodeRef node : place.chainToCustomer()) {
      if (chain.size() == SHOWN) {
        break;
      }
      chain.add(new ChainNode(node.id(), index.label(node.id()), index.kind(node.id()), index.isTeam(node.id())));
    }
    // The manager chain from the top down to the person, the nearest managers kept when it is long.
    List<ManagerRef> managers = new ArrayList<>(place.managers().subList(0, Math.min(SHOWN, place.managers().size())));
    java.util.Collections.reverse(managers);
    List<ChainNode> reports = new ArrayList<>();
    for (String report : figures.directReports()) {
      if (reports.size() == SHOWN) {
        break;
      }
      reports.add(new ChainNode(report, label(diagnosis, report), null, false));
    }
    model.addAttribute("place", place);
    model.addAttribute("person", figures);
    model.addAttribute("teamKind", place.team() == null ? null : index.kind(place.team().id()));
    model.addAttribute("chain", chain);
    model.addAttribute("chainLength", place.chainToCustomer().size());
    model.addAttribute("managers", managers);
    model.addAttribute("managerCount", place.managers().size());
    model.addAttribute("reports", reports);
    model.addAttribute("reportCount", figures.directReports().size());
    model.addAttribute("canSeeOthers", Access.isManager(authentication));
    model.addAttribute("targetSpan", diagnosis.hierarchy().targetSpan());
    model.addAttribute("waiting", waiting.ofLead(authentication, diagnosis, id));
    model.addAttribute("own", authentication != null && authentication.getPrincipal() instanceof MaillonUser user
        && id.equals(user.personId()));
    return "people/place";
  }

  /** The people whose name matches, the first {@link #SHOWN} of them, with whether there are more. */
  private static void search(Diagnosis diagnosis, String query, Model model) {
    List<Person> found = NameSearch.find(diagnosis.model().people(), Person::id, Person::name, query, SHOWN + 1);
    model.addAttribute("query", query);
    model.addAttribute("found", found.subList(0, Math.min(SHOWN, found.size())));
    model.addAttribute("foundMore", found.size() > SHOWN);
  }

  private static String label(Diagnosis diagnosis, String personId) {
    return diagnosis.person(personId).map(PersonFigures::name).filter(n -> !n.isBlank()).orElse(personId);
  }
}
