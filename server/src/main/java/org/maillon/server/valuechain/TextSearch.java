package org.maillon.server.valuechain;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a search box of the pages looks for: its text, trimmed, in an id or a name, ignoring case. One
 * rule for every list and graph that can be searched (teams, customers, the value chain, procedures), so
 * that what one page finds, the others find too.
 */
public final class TextSearch {

  private final String text;
  private final String lower;

  private TextSearch(String text) {
    this.text = text == null ? "" : text.strip();
    this.lower = this.text.toLowerCase(Locale.ROOT);
  }

  /** The search for a text typed in a box; null or blank is no search. */
  public static TextSearch of(String text) {
    return new TextSearch(text);
  }

  public boolean isBlank() {
    return text.isEmpty();
  }

  /** Whether the id or the name contains the text, ignoring case; with no search, everything matches. */
  public boolean matches(String id, String name) {
    return isBlank() || contains(id) || contains(name);
  }

  /**
   * The item whose id is the text, else the first whose name is the text ignoring case, else the first whose
   * id or name contains it; null when none does, or with no search.
   */
  public <T> T find(List<T> items, Function<T, String> id, Function<T, String> name) {
    if (isBlank()) {
      return null;
    }
    for (T item : items) {
      if (text.equals(id.apply(item))) {
        return item;
      }
    }
    for (T item : items) {
      String itemName = name.apply(item);
      if (itemName != null && itemName.toLowerCase(Locale.ROOT).equals(lower)) {
        return item;
      }
    }
    for (T item : items) {
      if (contains(id.apply(item)) || contains(name.apply(item))) {
        return item;
      }
    }
    return null;
  }

  private boolean contains(String value) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(lower);
  }
}
