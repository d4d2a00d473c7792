package org.maillon.server.system;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finding people and teams by what users know of them, their names: "thomas" finds "Thomas Girard"
 * and "Élodie Thomas", "controle" finds "Finance et contrôle de gestion". Case and accents are
 * ignored, every word of the query must begin a word of the name (or be the whole id).
 */
public final class NameSearch {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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
    return names(query).test(name);
  }

  /**
   * Whether each word of the query begins a word of a name, the query folded once: for scanning
   * many names, as a team picker's suggestions scan every team. A query without words matches all.
   */
  public static Predicate<String> names(String query) {
    String[] words = NOT_WORD.split(fold(query));
    return name -> {
      String folded = fold(name);
      for (String wanted : words) {
        if (!wanted.isEmpty() && !beginsAWord(folded, wanted)) {
          return false;
        }
      }
      return true;
    };
  }

  /** Lower case without accents: "Élodie" and "elodie" alike. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT).trim();
  }

  private static boolean beginsAWord(String name, String word) {
    for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
      if (at == 0 || !isWordCharacter(name.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetter(c) || switch (Character.getType(c)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }
}
