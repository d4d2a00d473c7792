package org.maillon.server.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.LastComputed;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.teams.TeamLeadership;
import org.maillon.server.teams.TeamRights;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer cards as this module's API controller and pages use them: the customers with the
 * freshness of their cards, one card with its entries, the coverage of every team and of a
 * collaborator, and the recording of a new entry by whoever may add one. Public for
 * {@code knowledge.web} only; other modules call {@link CustomerKnowledge}. Every customer's
 * freshness and every team's coverage are kept while the model, the cards and the day are the same
 * ({@link LastComputed}): {@code /customers} shows them on every visit.
 */
@Service
public class CustomerCards {

  /** A customer in a list: its card's freshness, the latest entry's date of each facet, its suppliers. */
  public record Status(String id, String name, String kind, boolean fresh, Map<String, LocalDate> lastEntries,
      List<String> suppliers) {}

  /** A card: the customer, its freshness, the entries of each facet newest first, its suppliers. */
  public record Card(Customer customer, boolean fresh, Map<String, List<CardEntry>> facets, List<String> suppliers) {}

  /** A team's coverage over its customers. */
  public record TeamCoverage(String team, String name, Coverage coverage) {}

  /** The coverage of the organisation and of every team, and the day before which entries are too old. */
  public record Overview(Coverage organisation, List<TeamCoverage> teams, LocalDate tooOld, int freshnessDays) {}

  /** A collaborator's customers: those of their team (null, with its name, without one), and their coverage. */
  public record Collaborator(String person, String team, String teamName, Coverage coverage, List<Status> customers) {}

  private final KnowledgeViews views;
  private final CardEntries entries;
  private final TeamLeadership leadership;
  private final Clock clock;
  private final LastComputed<Listing> last = new LastComputed<>("maillon-customers");

  /** Every customer and the coverage, from one view. */
  private record Listing(List<Status> customers, Overview overview, List<TeamCoverage> leastCovered) {}

  CustomerCards(KnowledgeViews views, CardEntries entries, TeamLeadership leadership, Clock clock) {
    this.views = views;
    this.entries = entries;
    this.leadership = leadership;
    this.clock = clock;
  }

  /** Every customer of the current model, final customers first. */
  public List<Status> customers() {
    return listing().customers();
  }

  /** Whether a customer of the current model has this id. */
  public boolean exists(String id) {
    return views.now().customers().get(id).isPresent();
  }

  /** One customer's card; a 404 for an id that is not a customer of the current model. */
  public Card card(String id) {
    KnowledgeView view = views.now();
    Customer customer = customer(view, id);
    Map<String, List<CardEntry>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      facets.put(facet.code(), new ArrayList<>());
    }
    for (CardEntry entry : entries.of(id)) {
      facets.get(entry.facet().code()).add(entry);
    }
    return new Card(customer, view.fresh(id), facets, view.customers().chain().suppliers(id));
  }

  /** The coverage of the organisation and of every team. */
  public Overview overview() {
    return listing().overview();
  }

  /**
   * The teams with customers, the lowest share of fresh cards first: sorted once with the coverage
   * it is read from, since {@code /customers} lists them on every visit.
   */
  public List<TeamCoverage> leastCovered() {
    return listing().leastCovered();
  }

  /** The last listing computed while the model, the cards (their last entry) and the day are the same. */
  private Listing listing() {
    Diagnosis diagnosis = views.diagnosis();
    return last.get(diagnosis, entries.lastId(), views.freshness().today().toEpochDay(),
        () -> listing(views.of(diagnosis)));
  }

  private static Listing listing(KnowledgeView view) {
    Overview overview = overview(view);
    List<TeamCoverage> leastCovered = overview.teams().stream().filter(t -> t.coverage().total() > 0)
        .sorted(Comparator.comparing((TeamCoverage t) -> t.coverage().share())).toList();
    return new Listing(view.customers().all().stream().map(c -> status(view, c)).toList(), overview, leastCovered);
  }

  private static Overview overview(KnowledgeView view) {
    List<TeamCoverage> teams = view.customers().chain().teams().stream()
        .map(t -> new TeamCoverage(t.id(), view.customers().chain().label(t.id()), view.team(t.id()).orElseThrow()))
        .toList();
    return new Overview(view.organization(), teams, view.freshness().tooOld(), view.freshness().days());
  }

  /** A collaborator's customers; a 404 for an unknown person. */
  public Collaborator collaborator(String personId) {
    KnowledgeView view = views.now();
    if (view.diagnosis().person(personId).isEmpty()) {
      throw new NotFoundException("No person has the id " + personId + ".");
    }
    Optional<String> team = view.teamOf(personId);
    List<Status> customers = team.map(t -> view.customers().customersOf(t)).orElse(List.of()).stream()
        .map(id -> status(view, view.customers().get(id).orElseThrow())).toList();
    return new Collaborator(personId, team.orElse(null), team.map(view.customers().chain()::label).orElse(null),
        team.flatMap(view::team).orElse(Coverage.of(0, 0)), customers);
  }

  /**
   * True when this user may add entries to this customer's card: managers and admins, a member of
   * a team that serves it, a lead of one (or a lead above them).
   */
  public boolean mayAdd(Authentication authentication, String customerId) {
    return mayAdd(views.now(), authentication, customerId);
  }

  /** The number of days of the freshness period, and the latest day already too old for an entry. */
  public int freshnessDays() {
    return views.freshness().days();
  }

  public LocalDate tooOld() {
    return views.freshness().tooOld();
  }

  /** Managers and admins, and whoever leads or belongs to a team that supplies this customer. */
  private boolean mayAdd(KnowledgeView view, Authentication authentication, String customerId) {
    TeamRights rights = leadership.rights(authentication, view.diagnosis());
    return rights.everyTeam() || view.customers().chain().suppliers(customerId).stream().anyMatch(rights::leadsOrOwn);
  }

  /**
   * Records an entry on a customer's card, by the signed-in user: a 404 for an unknown customer, a
   * 403 for a user who may not add to it, an {@link EntryRejectedException} (422) listing every problem.
   */
  @Transactional
  public CardEntry add(String customerId, EntryForm form, Authentication authentication) {
    KnowledgeView view = views.now();
    customer(view, customerId);
    if (!mayAdd(view, authentication, customerId)) {
      throw new AccessDeniedException(
          "Members add entries only to the cards of the customers of their own team and of the teams they lead.");
    }
    return record(customerId, form, authentication.getName(), clock.instant());
  }

  /**
   * Records an entry by this author as of this instant, which also sets the day a date may not be
   * after; an {@link EntryRejectedException} listing every problem. No permission is checked: the
   * caller is the system itself (the demo), or has checked it. Runs in the caller's transaction.
   */
  CardEntry record(String customerId, EntryForm form, String author, Instant at) {
    OffsetDateTime recorded = at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    LocalDate today = recorded.toLocalDate();
    List<FieldProblem> problems = form.problems(today);
    if (!problems.isEmpty()) {
      throw new EntryRejectedException(problems);
    }
    return entries.add(customerId, Facet.of(form.facet()).orElseThrow(), form.day(today), form.text().strip(),
        author, Source.of(form.source()).orElseThrow(), recorded);
  }

  private static Customer customer(KnowledgeView view, String id) {
    return view.customers().get(id).orElseThrow(() -> new NotFoundException("No customer has the id " + id + "."));
  }

  private static Status status(KnowledgeView view, Customer customer) {
    return new Status(customer.id(), customer.name(), customer.kind(), view.fresh(customer.id()),
        view.lastEntries(customer.id()), view.customers().chain().suppliers(customer.id()));
  }
}
