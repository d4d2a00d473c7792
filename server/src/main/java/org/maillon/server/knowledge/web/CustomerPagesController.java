package org.maillon.server.knowledge.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.maillon.server.knowledge.CustomerCards;
import org.maillon.server.knowledge.EntryForm;
import org.maillon.server.knowledge.EntryRejectedException;
import org.maillon.server.knowledge.Facet;
import org.maillon.server.knowledge.FieldProblem;
import org.maillon.server.knowledge.Source;
import org.maillon.server.listening.FormErrors;
import org.maillon.server.listening.ListeningRejected;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.MailInvitations;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.MaillonUser;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.system.Notice;
import org.maillon.server.system.PageSlice;
import org.maillon.server.valuechain.TextSearch;
import org.maillon.server.valuechain.ValueChainIndex;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Customer knowledge, the fourth action, as pages: the customers and the coverage
 * ({@code /customers}), a customer's card with the form to add to it ({@code /customers/{id}}), and
 * a collaborator's own customers ({@code /me/customers}, beside {@code /me}: under
 * {@code /customers/} it would hide a customer whose id is {@code mine}). Anyone signed in reads;
 * the form shows only to those who may add, and the service checks again. The card also invites
 * the customer's contacts by email to an open campaign that listens to it, through listening's
 * {@link MailInvitations}, for those who run that campaign.
 */
@Controller
class CustomerPagesController {

  /** Customers listed at once; the search finds the others. */
  static final int LISTED = 200;

  /** Where "my customers" was until it moved: old links still land there, unless a customer has this id. */
  static final String OLD_MINE = "mine";

  private final CustomerCards cards;
  private final CurrentOrganization current;
  private final ListeningService listening;
  private final MailInvitations mail;
  private final FormErrors mailErrors;

  CustomerPagesController(CustomerCards cards, CurrentOrganization current, ListeningService listening,
      MailInvitations mail, FormErrors mailErrors) {
    this.cards = cards;
    this.current = current;
    this.listening = listening;
    this.mail = mail;
    this.mailErrors = mailErrors;
  }

  @GetMapping("/customers")
  String list(@RequestParam(required = false) String q, Model model) {
    current.requireModel();
    TextSearch search = TextSearch.of(q);
    List<CustomerCards.Status> matching = cards.customers().stream()
        .filter(c -> search.matches(c.id(), c.name()))
        .toList();
    CustomerCards.Overview overview = cards.overview();
    List<CustomerCards.TeamCoverage> teams = cards.leastCovered();
    model.addAttribute("overview", overview);
    model.addAttribute("teams", teams.subList(0, Math.min(LISTED, teams.size())));
    model.addAttribute("teamsWithCustomers", teams.size());
    model.addAttribute("rows", matching.subList(0, Math.min(LISTED, matching.size())));
    model.addAttribute("matching", matching.size());
    model.addAttribute("q", q);
    return "knowledge/list";
  }

  @GetMapping("/me/customers")
  String mine(Authentication authentication, Model model) {
    current.requireModel();
    String person = authentication.getPrincipal() instanceof MaillonUser user ? user.personId() : null;
    if (person == null) {
      model.addAttribute(Notice.ATTRIBUTE, new Notice("no-person", "knowledge.mine", "knowledge.noPerson", "/customers",
          "knowledge.title"));
      return Notice.VIEW;
    }
    model.addAttribute("mine", found(() -> cards.collaborator(person)));
    return "knowledge/mine";
  }

  @GetMapping("/customers/{id}")
  String card(@PathVariable String id, @RequestParam(required = false) Integer page, Authentication authentication,
      HttpServletRequest request, Model model) {
    current.requireModel();
    if (id.equals(OLD_MINE) && !cards.exists(id)) {
      String query = request.getQueryString();
      return "redirect:/me/customers" + (query == null ? "" : "?" + query);
    }
    return showCard(id, page, new EntryForm(null, null, null, null), List.of(), authentication, model);
  }

  @PostMapping("/customers/{id}/entries")
  String add(@PathVariable String id, @RequestParam(required = false) String facet,
      @RequestParam(required = false) String text, @RequestParam(required = false) String source,
      @RequestParam(required = false) String date, Authentication authentication, HttpServletResponse response,
      Model model) {
    EntryForm form = new EntryForm(facet, text, source, date);
    try {
      found(() -> cards.add(id, form, authentication));
    } catch (EntryRejectedException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showCard(id, null, form, e.problems(), authentication, model);
    }
    return "redirect:/customers/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "?added";
  }

  @PostMapping("/customers/{id}/invitations")
  String invite(@PathVariable String id, @RequestParam long campaign, @RequestParam(required = false) String contacts,
      Authentication authentication, Locale locale, HttpServletResponse response, Model model) {
    current.requireModel();
    found(() -> listening.campaignRunBy(authentication, campaign));
    if (!cards.exists(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer has the id " + id + ".");
    }
    try {
      model.addAttribute("mailed", mail.inviteCustomer(campaign, id, contacts));
    } catch (ListeningRejected rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("mailProblems", mailErrors.byLine(rejected, locale));
      model.addAttribute("contacts", contacts);
      model.addAttribute("campaign", campaign);
    }
    return showCard(id, null, new EntryForm(null, null, null, null), List.of(), authentication, model);
  }

  /** The card, the teams that serve the customer a page at a time (thousands at a million people). */
  private String showCard(String id, Integer page, EntryForm form, List<FieldProblem> problems,
      Authentication authentication, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.put(p.field(), p.code()));
    CustomerCards.Card card = found(() -> cards.card(id));
    model.addAttribute("card", card);
    model.addAttribute("suppliers", PageSlice.of(card.suppliers(), page));
    model.addAttribute("chain", ValueChainIndex.of(current.diagnosis()));
    model.addAttribute("freshnessDays", cards.freshnessDays());
    model.addAttribute("tooOld", cards.tooOld());
    model.addAttribute("mayAdd", cards.mayAdd(authentication, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("facets", Arrays.stream(Facet.values()).map(Facet::code).toList());
    model.addAttribute("sources", Arrays.stream(Source.values()).map(Source::code).toList());
    model.addAttribute("inviteCampaigns", mail.openFor(id, authentication));
    model.addAttribute("mailOn", mail.enabled());
    if (!model.containsAttribute("mailProblems")) {
      model.addAttribute("mailProblems", Map.of());
    }
    return "knowledge/card";
  }

  /** What the service answers, its 404 as the pages' 404. */
  private static <T> T found(Supplier<T> call) {
    try {
      return call.get();
    } catch (NotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }
}
