package org.maillon.diff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Team;

/**
 * One kind of entity of the model as the diff compares it: how its entities are listed, what
 * identifies one (an id, or a link's two ends) and which fields can change. The fields are named
 * as the model file names them, so a change reads like an edit of the file.
 */
record EntityKind<T>(String name, Function<Organization, List<T>> entities, Function<T, Map<String, String>> key,
    List<EntityKind.Field<T>> fields) {

  /** A field of an entity, by the model file's name for it. */
  record Field<T>(String name, Function<T, Object> value) {}

  static final List<EntityKind<?>> ALL = List.of(
      new EntityKind<>("people", Organization::people, p -> id(p.id()), List.of(
          field("name", Person::name), field("title", Person::title), field("team", Person::team),
          field("manager", Person::manager), field("email", Person::email), field("cost", Person::cost))),
      new EntityKind<>("teams", Organization::teams, t -> id(t.id()), List.of(
          field("name", Team::name), field("kind", (Team t) -> t.kind().code()), field("function", Team::function),
          field("lead", Team::lead))),
      new EntityKind<>("customers", Organization::customers, c -> id(c.id()), List.of(field("name", FinalCustomer::name),
          field("revenue", FinalCustomer::revenue))),
      new EntityKind<>("partners", Organization::partners, p -> id(p.id()), List.of(field("name", Partner::name))),
      new EntityKind<>("links", Organization::links, l -> Map.of("from", l.from(), "to", l.to()), List.of(
          field("delivers", Link::delivers), field("expectations", Link::expectations),
          field("commitments", Link::commitments), field("changedOn", (Link l) -> day(l.changedOn())),
          field("confirmedOn", (Link l) -> l.confirmed() == null ? null : day(l.confirmed().on())),
          field("confirmedBy", (Link l) -> l.confirmed() == null ? null : l.confirmed().by()))),
      new EntityKind<>("procedures", Organization::procedures, p -> id(p.id()), List.of(
          field("team", Procedure::team), field("name", Procedure::name), field("steps", Procedure::steps),
          field("leadTimeDays", Procedure::leadTimeDays), field("workHours", Procedure::workHours),
          field("approvals", Procedure::approvals), field("serves", Procedure::serves))));

  /** A day as the model file writes it, YYYY-MM-DD; null when absent. */
  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  /** The entity as the diff shows an added or removed one: its key, then its fields. */
  Map<String, Object> describe(T entity) {
    Map<String, Object> described = new LinkedHashMap<>(orderedKey(entity));
    fields.forEach(field -> described.put(field.name(), field.value().apply(entity)));
    return described;
  }

  /** The key with a link's {@code from} before its {@code to}. */
  Map<String, String> orderedKey(T entity) {
    Map<String, String> k = key.apply(entity);
    if (k.size() == 1) {
      return k;
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put("from", k.get("from"));
    ordered.put("to", k.get("to"));
    return ordered;
  }

  private static Map<String, String> id(String id) {
    return Map.of("id", id);
  }

  private static <T> Field<T> field(String name, Function<T, Object> value) {
    return new Field<>(name, value);
  }
}
