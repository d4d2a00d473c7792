package org.maillon.server.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.PerDiagnosis;
import org.maillon.server.valuechain.ValueChainIndex;

/**
 * The customers of a model, read once per diagnosis from its {@link ValueChainIndex}: its final
 * customers in the model's order, then the teams that have a supplier, by id.
 */
final class CustomerIndex {

  private static final PerDiagnosis<CustomerIndex> CACHE = new PerDiagnosis<>(CustomerIndex::new);

  private final ValueChainIndex chain;
  private final Map<String, Customer> customers = new LinkedHashMap<>();

  private CustomerIndex(Diagnosis diagnosis) {
    chain = ValueChainIndex.of(diagnosis);
    for (String id : chain.ids()) {
      if (ValueChainIndex.CUSTOMER.equals(chain.kind(id))) {
        customers.put(id, new Customer(id, chain.label(id), Customer.FINAL));
      }
    }
    for (String id : chain.ids()) {
      if (chain.isTeam(id) && !chain.suppliers(id).isEmpty()) {
        customers.put(id, new Customer(id, chain.label(id), Customer.TEAM));
      }
    }
  }

  static CustomerIndex of(Diagnosis diagnosis) {
    return CACHE.of(diagnosis);
  }

  ValueChainIndex chain() {
    return chain;
  }

  /** Every customer, final customers first. */
  List<Customer> all() {
    return Collections.unmodifiableList(new ArrayList<>(customers.values()));
  }

  Optional<Customer> get(String id) {
    return Optional.ofNullable(customers.get(id));
  }

  /** The customers a team supplies (teams and final customers), sorted; none for an unknown id. */
  List<String> customersOf(String teamId) {
    return chain.customers(teamId);
  }
}
