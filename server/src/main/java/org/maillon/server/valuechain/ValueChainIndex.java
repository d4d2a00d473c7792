package org.maillon.server.valuechain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Partner;
import org.maillon.model.Team;
import org.maillon.server.organization.PerDiagnosis;

/**
 * The nodes of the value chain (teams, final customers, partners) with their kind and name, and the
 * links into and out of each, read once per diagnosis from the model. It holds nothing per person:
 * teams and links are few next to people, so pages draw from it even at 100,000 people.
 */
public final class ValueChainIndex {

  /** The kind of a node as pages show it: a team's kind, or {@code customer}, or {@code partner}. */
  public static final String CUSTOMER = "customer";
  public static final String PARTNER = "partner";
  public static final List<String> KINDS = List.of("front-line", "core", "support", CUSTOMER, PARTNER);

  private static final PerDiagnosis<ValueChainIndex> CACHE = new PerDiagnosis<>(ValueChainIndex::new);

  private final List<String> ids = new ArrayList<>();
  private final Map<String, String> kinds = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, List<String>> out = new HashMap<>();
  private final Map<String, List<String>> in = new HashMap<>();
  private final List<Team> teams;

  ValueChainIndex(Diagnosis diagnosis) {
    teams = diagnosis.model().teams().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    for (Team team : teams) {
      add(team.id(), team.kind().code(), team.name());
    }
    for (FinalCustomer customer : diagnosis.model().customers()) {
      add(customer.id(), CUSTOMER, customer.name());
    }
    for (Partner partner : diagnosis.model().partners()) {
      add(partner.id(), PARTNER, partner.name());
    }
    for (Link link : diagnosis.model().links()) {
      out.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
      in.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
    }
    out.values().forEach(Collections::sort);
    in.values().forEach(Collections::sort);
  }

  public static ValueChainIndex of(Diagnosis diagnosis) {
    return CACHE.of(diagnosis);
  }

  private void add(String id, String kind, String name) {
    ids.add(id);
    kinds.put(id, kind);
    names.put(id, name);
  }

  /** Every node, teams first (by id), then final customers and partners in the model's order. */
  public List<String> ids() {
    return ids;
  }

  /** The teams, by id. */
  public List<Team> teams() {
    return teams;
  }

  public boolean contains(String id) {
    return kinds.containsKey(id);
  }

  /** {@code front-line}, {@code core}, {@code support}, {@code customer} or {@code partner}; null for an unknown id. */
  public String kind(String id) {
    return kinds.get(id);
  }

  public boolean isTeam(String id) {
    String kind = kinds.get(id);
    return kind != null && !CUSTOMER.equals(kind) && !PARTNER.equals(kind);
  }

  /** The name to show: the model's name, else the id. */
  public String label(String id) {
    String name = names.get(id);
    return name == null || name.isBlank() ? id : name;
  }

  /** The customers this node supplies, sorted. */
  public List<String> customers(String id) {
    return out.getOrDefault(id, List.of());
  }

  /** The suppliers of this node, sorted. */
  public List<String> suppliers(String id) {
    return in.getOrDefault(id, List.of());
  }

  public int nodeCount() {
    return ids.size();
  }
}
