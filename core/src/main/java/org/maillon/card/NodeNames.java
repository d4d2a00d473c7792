package org.maillon.card;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Team;

/**
 * Resolves node ids to display names from the model, built once per card: teams, final customers
 * and partners are few next to people, and reading them here spares assembling a team's figures
 * (with its member list) just for a name.
 */
final class NodeNames {

  private final Map<String, Team> teams = new HashMap<>();
  private final Map<String, String> outsiders = new HashMap<>();

  NodeNames(Organization model) {
    model.teams().forEach(team -> teams.put(team.id(), team));
    for (FinalCustomer customer : model.customers()) {
      outsiders.put(customer.id(), customer.name());
    }
    for (Partner partner : model.partners()) {
      outsiders.put(partner.id(), partner.name());
    }
  }

  NodeRef ref(String id) {
    Team team = teams.get(id);
    return new NodeRef(id, team != null ? team.name() : outsiders.get(id));
  }

  List<NodeRef> refs(List<String> ids) {
    return ids.stream().map(this::ref).toList();
  }

  boolean isTeam(String id) {
    return teams.containsKey(id);
  }

  /** The team's free-text function, or null. */
  String function(String teamId) {
    Team team = teams.get(teamId);
    return team == null ? null : team.function();
  }
}
