package org.maillon.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.maillon.diff.ModelChanges.FieldChange;
import org.maillon.diff.ModelChanges.KindChanges;
import org.maillon.model.Organization;

/**
 * Compares two models entity by entity. Entities are matched by id (links by their two ends), so
 * a renamed team is a changed field while a team whose id changed is one removed and one added.
 * Time and memory linear in the two models' sizes.
 */
public final class ModelDiff {

  private ModelDiff() {}

  /**
   * Added and changed entities come in the newer model's order, removed ones in the older's; the
   * fields of a changed entity in the model file's order.
   */
  public static ModelChanges between(Organization before, Organization after) {
    List<KindChanges> kinds = new ArrayList<>();
    for (EntityKind<?> kind : EntityKind.ALL) {
      kinds.add(compare(kind, before, after));
    }
    return new ModelChanges(kinds);
  }

  private static <T> KindChanges compare(EntityKind<T> kind, Organization before, Organization after) {
    Map<Map<String, String>, T> older = new LinkedHashMap<>();
    for (T entity : kind.entities().apply(before)) {
      older.put(kind.key().apply(entity), entity);
    }
    List<Map<String, Object>> added = new ArrayList<>();
    List<FieldChange> changed = new ArrayList<>();
    Set<Map<String, String>> kept = new HashSet<>();
    for (T entity : kind.entities().apply(after)) {
      Map<String, String> key = kind.key().apply(entity);
      T was = older.get(key);
      if (was == null) {
        added.add(kind.describe(entity));
        continue;
      }
      kept.add(key);
      for (EntityKind.Field<T> field : kind.fields()) {
        Object previous = field.value().apply(was);
        Object now = field.value().apply(entity);
        if (!Objects.equals(previous, now)) {
          changed.add(new FieldChange(kind.orderedKey(entity), field.name(), previous, now));
        }
      }
    }
    List<Map<String, Object>> removed = new ArrayList<>();
    older.forEach((key, entity) -> {
      if (!kept.contains(key)) {
        removed.add(kind.describe(entity));
      }
    });
    return new KindChanges(kind.name(), added, removed, changed);
  }
}
