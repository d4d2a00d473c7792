package org.maillon.card;

import java.util.List;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Team;

/**
 * Resolves node ids to display names through the diagnosis's id index, one lookup per id: a card
 * names a few neighbours, and neither reading every team of the model nor assembling a team's
 * figures (with its member list) for a name would keep a card's cost to its own links.
 */
final class NodeNames {

  private final Diagnosis diagnosis;

  NodeNames(Diagnosis diagnosis) {
    this.diagnosis = diagnosis;
  }

  NodeRef ref(String id) {
    return new NodeRef(id, diagnosis.nodeName(id).orElse(null));
  }

  List<NodeRef> refs(List<String> ids) {
    return ids.stream().map(this::ref).toList();
  }

  boolean isTeam(String id) {
    return diagnosis.teamInModel(id).isPresent();
  }

  /** The team's free-text function, or null. */
  String function(String teamId) {
    return diagnosis.teamInModel(teamId).map(Team::function).orElse(null);
  }
}
