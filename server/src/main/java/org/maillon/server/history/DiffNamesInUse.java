package org.maillon.server.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.diff.ModelChanges.FieldChange;
import org.maillon.diff.ModelChanges.KindChanges;
import org.maillon.diff.VersionDiff;
import org.maillon.model.Organization;

/**
 * The names of the people, nodes (teams, final customers, partners) and procedures a diff
 * mentions, from the newer model or else the older, so that a page says "Fabrice Richard" where
 * the diff says {@code p-0014} without keeping either model. Time linear in the two models; room
 * in proportion to the diff.
 */
public record DiffNamesInUse(Map<String, String> people, Map<String, String> nodes, Map<String, String> procedures) {

  public static DiffNamesInUse of(VersionDiff diff, Organization before, Organization after) {
    Set<String> mentioned = mentioned(diff);
    Map<String, String> people = new HashMap<>();
    Map<String, String> nodes = new HashMap<>();
    Map<String, String> procedures = new HashMap<>();
    for (Organization organization : List.of(after, before)) {
      organization.people().forEach(p -> keep(mentioned, people, p.id(), p.name()));
      organization.teams().forEach(t -> keep(mentioned, nodes, t.id(), t.name()));
      organization.customers().forEach(c -> keep(mentioned, nodes, c.id(), c.name()));
      organization.partners().forEach(p -> keep(mentioned, nodes, p.id(), p.name()));
      organization.procedures().forEach(p -> keep(mentioned, procedures, p.id(), p.name()));
    }
    return new DiffNamesInUse(Map.copyOf(people), Map.copyOf(nodes), Map.copyOf(procedures));
  }

  private static void keep(Set<String> mentioned, Map<String, String> names, String id, String name) {
    if (mentioned.contains(id) && name != null) {
      names.putIfAbsent(id, name);
    }
  }

  private static Set<String> mentioned(VersionDiff diff) {
    Set<String> mentioned = new HashSet<>();
    for (KindChanges kind : diff.changes().kinds()) {
      kind.added().forEach(entity -> entity.values().forEach(value -> collect(value, mentioned)));
      kind.removed().forEach(entity -> entity.values().forEach(value -> collect(value, mentioned)));
      for (FieldChange change : kind.changed()) {
        mentioned.addAll(change.key().values());
        collect(change.before(), mentioned);
        collect(change.after(), mentioned);
      }
    }
    return mentioned;
  }

  private static void collect(Object value, Set<String> mentioned) {
    if (value instanceof String text) {
      mentioned.add(text);
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, mentioned));
    }
  }
}
