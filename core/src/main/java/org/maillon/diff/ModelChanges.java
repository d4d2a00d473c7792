package org.maillon.diff;

import java.util.List;
import java.util.Map;

/**
 * The entities of the model that one version added, removed or changed against another, kind by
 * kind in the model file's order: people, teams, customers, partners, links, procedures.
 */
public record ModelChanges(List<KindChanges> kinds) {

  public ModelChanges {
    kinds = List.copyOf(kinds);
  }

  /** Whether the two models state the same entities with the same fields. */
  public boolean none() {
    return kinds.stream().allMatch(KindChanges::none);
  }

  /**
   * The changes of one kind. Added and removed entities are described by their key ({@code id}, or
   * a link's {@code from} and {@code to}) followed by their fields.
   */
  public record KindChanges(String kind, List<Map<String, Object>> added, List<Map<String, Object>> removed,
      List<FieldChange> changed) {

    public KindChanges {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
      changed = List.copyOf(changed);
    }

    public boolean none() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
  }

  /** One field of one entity that both versions state, with different values; null means absent. */
  public record FieldChange(Map<String, String> key, String field, Object before, Object after) {}
}
