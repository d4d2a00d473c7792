package org.maillon.server.history;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.maillon.diff.DiffNames;
import org.maillon.diff.ModelChanges.FieldChange;
import org.maillon.diff.ModelChanges.KindChanges;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.springframework.context.MessageSource;

/**
 * A kind's changes as sentences with names instead of ids: "Yannick Schmitt — manager: Agathe
 * Morin → Fabrice Richard". Fields that name a person, a team or a node say its name; a team's
 * kind is said in words; lists are joined.
 */
final class ChangeSentences {

  private final MessageSource messages;
  private final Locale locale;
  private final DiffNames words;
  private final DiffNamesInUse names;

  ChangeSentences(MessageSource messages, Locale locale, DiffNamesInUse names) {
    this.messages = messages;
    this.locale = locale;
    this.words = new DiffNames(locale);
    this.names = names;
  }

  List<String> of(KindChanges kind) {
    List<String> sentences = new ArrayList<>();
    kind.added().forEach(e -> sentences.add(text("history.added", entity(kind.kind(), e))));
    kind.removed().forEach(e -> sentences.add(text("history.removed", entity(kind.kind(), e))));
    for (FieldChange change : kind.changed()) {
      sentences.add(text("history.changed", key(kind.kind(), change.key()), words.field(change.field()),
          value(change.field(), change.before()), value(change.field(), change.after())));
    }
    return sentences;
  }

  private String entity(String kind, Map<String, Object> entity) {
    if (entity.containsKey("from")) {
      return node((String) entity.get("from")) + " → " + node((String) entity.get("to"));
    }
    Object name = entity.get("name");
    return name != null ? name.toString() : key(kind, Map.of("id", (String) entity.get("id")));
  }

  private String key(String kind, Map<String, String> key) {
    if (key.containsKey("from")) {
      return node(key.get("from")) + " → " + node(key.get("to"));
    }
    String id = key.get("id");
    return switch (kind) {
      case "people" -> names.people().getOrDefault(id, id);
      case "procedures" -> names.procedures().getOrDefault(id, id);
      default -> node(id);
    };
  }

  private String node(String id) {
    return names.nodes().getOrDefault(id, id);
  }

  private String value(String field, Object value) {
    if (value == null || value instanceof List<?> list && list.isEmpty()) {
      return text("history.none");
    }
    return switch (field) {
      case "manager", "lead", "confirmedBy" -> names.people().getOrDefault(value.toString(), value.toString());
      case "team" -> node(value.toString());
      case "kind" -> text("kind." + value);
      case "approvals" -> joined(value, id -> names.people().getOrDefault(id, id));
      case "serves" -> joined(value, this::node);
      case "steps" -> NumberFormat.getIntegerInstance(locale).format(value);
      default -> value instanceof List<?> list ? list.stream().map(this::item).collect(Collectors.joining(" · "))
          : value.toString();
    };
  }

  private static String joined(Object ids, java.util.function.UnaryOperator<String> name) {
    return ((List<?>) ids).stream().map(id -> name.apply(id.toString())).collect(Collectors.joining(", "));
  }

  private String item(Object item) {
    if (item instanceof Expectation expectation) {
      return expectation.text();
    }
    return item instanceof Commitment commitment ? commitment.text() : String.valueOf(item);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
