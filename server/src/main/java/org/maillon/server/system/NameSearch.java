package org.maillon.server.system;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finding people and teams by what users know of them, their names: "thomas" finds "Thomas Girard"
 * and "Élodie Thomas", "controle" finds "Finance et contrôle de gestion". Case and accents are
 * ignored, every word of the query must begin a word of the name (or be the whole id).
 */
public final class NameSearch {

  private NameSearch() {}

  /** The first {@code limit} items whose name (or id) matches the query, in their given order. */
  public static <T> List<T> find(List<T> items, Function<T, String> id, Function<T, String> name, String query,
      int limit) {
    List<T> found = new ArrayList<>();
    for (T item : items) {
      if (found.size() == limit) {
        break;
      }
      if (matches(id.apply(item), name.apply(item), query)) {
        found.add(item);
      }
    }
    return found;
  }

  /** The one item whose id or whole name is the query (case and accents aside); empty when none or several. */
  public static <T> Optional<T> exact(List<T> items, Function<T, String> id, Function<T, String> name, String query) {
    String wanted = fold(query);
    List<T> named = items.stream()
        .filter(item -> id.apply(item).equals(query.trim()) || fold(name.apply(item)).equals(wanted)).limit(2).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** Whether each word of the query begins a word of the name, or the query is the id. */
  public static boolean matches(String id, String name, String query) {
    if (query == null || query.isBlank()) {
      return false;
    }
    if (id != null && id.equalsIgnoreCase(query.trim())) {
      return true;
    }
    List<String> words = List.of(fold(name).split("[^\\p{L}\\p{N}]+"));
    for (String wanted : fold(query).split("[^\\p{L}\\p{N}]+")) {
      if (!wanted.isEmpty() && words.stream().noneMatch(word -> word.startsWith(wanted))) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without accents: "Élodie" and "elodie" alike. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).trim();
  }
}
