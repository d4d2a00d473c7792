package org.maillon.card;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Partner;
import org.maillon.valuechain.TeamFigures;

/**
 * Resolves node ids to display names: teams through the diagnosis' own index, final customers and
 * partners (few, by nature) through a map built once per card.
 */
final class NodeNames {

  private final Diagnosis diagnosis;
  private final Map<String, String> outsiders = new HashMap<>();

  NodeNames(Diagnosis diagnosis) {
    this.diagnosis = diagnosis;
    for (FinalCustomer customer : diagnosis.model().customers()) {
      outsiders.put(customer.id(), customer.name());
    }
    for (Partner partner : diagnosis.model().partners()) {
      outsiders.put(partner.id(), partner.name());
    }
  }

  NodeRef ref(String id) {
    return new NodeRef(id, diagnosis.team(id).map(TeamFigures::name).orElseGet(() -> outsiders.get(id)));
  }

  List<NodeRef> refs(List<String> ids) {
    return ids.stream().map(this::ref).toList();
  }

  boolean isTeam(String id) {
    return diagnosis.team(id).isPresent();
  }
}
