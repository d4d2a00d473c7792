package org.maillon.server.knowledge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.maillon.server.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well the organisation knows its customers, for other modules (the home page, indexes): the
 * share of customers whose card is fresh, organisation-wide, per team and per collaborator. Each call
 * reads the current model and the cards once; a model must have been imported (else a
 * {@code NoModelException}, answered 404).
 */
@Service
public class CustomerKnowledge {

  private final KnowledgeViews views;
  private final CustomerCards cards;
  private final CardEntries entries;

  CustomerKnowledge(KnowledgeViews views, CustomerCards cards, CardEntries entries) {
    this.views = views;
    this.cards = cards;
    this.entries = entries;
  }

  /**
   * Records an entry on a customer's card by this author, as of this instant, for callers that act
   * for the system (the demo's history): no sign-in is checked. A 404 for an id that is not a
   * customer of the current model, an {@link EntryRejectedException} listing every problem.
   */
  @Transactional
  public CardEntry record(String customerId, EntryForm form, String author, Instant at) {
    if (views.now().customers().get(customerId).isEmpty()) {
      throw new NotFoundException("No customer has the id " + customerId + ".");
    }
    return cards.record(customerId, form, author, at);
  }

  /**
   * The id of the latest card entry, 0 before the first. Entries are only ever added, so an
   * unchanged id means unchanged cards, for callers that keep what they derived from them.
   */
  public long lastEntry() {
    return entries.lastId();
  }

  /** Over all distinct customers of the model, final customers and teams that are customers. */
  public Coverage organizationCoverage() {
    return views.now().organization();
  }

  /** Over the customers of this team (share null when it has none); empty when no team has this id. */
  public Optional<Coverage> teamCoverage(String teamId) {
    return views.now().team(teamId);
  }

  /** Every team's coverage by team id, from one read of the cards (share null for a team without customers). */
  public Map<String, Coverage> teamCoverages() {
    KnowledgeView view = views.now();
    Map<String, Coverage> coverages = new LinkedHashMap<>();
    view.customers().chain().teams().forEach(t -> coverages.put(t.id(), view.team(t.id()).orElseThrow()));
    return coverages;
  }

  /** Over the customers of this collaborator's team; empty for an unknown person or one without a team. */
  public Optional<Coverage> collaboratorCoverage(String personId) {
    KnowledgeView view = views.now();
    return view.teamOf(personId).flatMap(view::team);
  }
}
