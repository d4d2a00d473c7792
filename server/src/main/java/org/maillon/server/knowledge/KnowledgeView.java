package org.maillon.server.knowledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.maillon.diagnosis.Diagnosis;

/**
 * The customers of the current model with the latest date of each facet of their cards, read once
 * for a request, and the figures drawn from them: freshness and coverage.
 */
final class KnowledgeView {

  private final Diagnosis diagnosis;
  private final CustomerIndex customers;
  private final Supplier<Map<String, Map<Facet, LocalDate>>> read;
  private final Freshness freshness;
  private Map<String, Map<Facet, LocalDate>> latest;

  /** A view whose cards' dates are read on first use, so that a request about the model alone reads none. */
  KnowledgeView(Diagnosis diagnosis, Supplier<Map<String, Map<Facet, LocalDate>>> latest, Freshness freshness) {
    this.diagnosis = diagnosis;
    this.customers = CustomerIndex.of(diagnosis);
    this.read = latest;
    this.freshness = freshness;
  }

  private Map<String, Map<Facet, LocalDate>> latest() {
    if (latest == null) {
      latest = read.get();
    }
    return latest;
  }

  Diagnosis diagnosis() {
    return diagnosis;
  }

  CustomerIndex customers() {
    return customers;
  }

  Freshness freshness() {
    return freshness;
  }

  boolean fresh(String customerId) {
    return freshness.isFresh(latest().getOrDefault(customerId, Map.of()));
  }

  /** The latest entry's date of each facet, in the facets' order, null where there is none. */
  Map<String, LocalDate> lastEntries(String customerId) {
    Map<Facet, LocalDate> dates = latest().getOrDefault(customerId, new EnumMap<>(Facet.class));
    Map<String, LocalDate> byCode = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      byCode.put(facet.code(), dates.get(facet));
    }
    return byCode;
  }

  /** The share of these distinct customers whose card is fresh. */
  Coverage coverage(Collection<String> customerIds) {
    int fresh = (int) customerIds.stream().filter(this::fresh).count();
    return Coverage.of(fresh, customerIds.size());
  }

  Coverage organization() {
    return coverage(customers.all().stream().map(Customer::id).toList());
  }

  /** A team's coverage over its customers; empty when no team has this id. */
  Optional<Coverage> team(String teamId) {
    if (!customers.chain().isTeam(teamId)) {
      return Optional.empty();
    }
    return Optional.of(coverage(customers.customersOf(teamId)));
  }

  /** The team of a person, empty for an unknown person or one without a team. */
  Optional<String> teamOf(String personId) {
    return diagnosis.person(personId).map(p -> p.team()).filter(team -> team != null && !team.isEmpty());
  }
}
