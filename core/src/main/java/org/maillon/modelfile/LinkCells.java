package org.maillon.modelfile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;

/**
 * The {@code ;}-separated expectations ({@code id: text}) and commitments
 * ({@code text -> id, id}) of a {@code links.csv} cell, and the ids of a {@code procedures.csv}
 * cell (approvals, serves), read and written by the same rules so that they round-trip. Texts
 * holding {@code ;} or {@code ->} cannot be written in this form.
 */
final class LinkCells {

  private static final char ITEMS = ';';
  private static final String ANSWERS = "->";

  private LinkCells() {}

  /** Handles one item of a cell, {@code text.substring(from, to)} trimmed and not blank. */
  private interface Item {
    void accept(String text, int from, int to);
  }

  /** The expectations of a cell; an item without an id gets {@code e1}, {@code e2}… by position. */
  static List<Expectation> expectations(String cell) {
    List<Expectation> expectations = new ArrayList<>(2);
    items(cell, 0, length(cell), ITEMS, (text, from, to) -> {
      int colon = text.indexOf(':', from);
      int space = text.indexOf(' ', from);
      if (colon <= from || colon >= to || space >= 0 && space < colon) {
        expectations.add(new Expectation("e" + (expectations.size() + 1), text.substring(from, to)));
      } else {
        expectations.add(new Expectation(text.substring(from, colon), trimmed(text, colon + 1, to)));
      }
    });
    return List.copyOf(expectations);
  }

  static List<Commitment> commitments(String cell) {
    List<Commitment> commitments = new ArrayList<>(2);
    items(cell, 0, length(cell), ITEMS, (text, from, to) -> {
      int arrow = text.indexOf(ANSWERS, from);
      if (arrow < 0 || arrow + ANSWERS.length() > to) {
        commitments.add(new Commitment(text.substring(from, to), List.of()));
      } else {
        List<String> answers = new ArrayList<>(2);
        items(text, arrow + ANSWERS.length(), to, ',', (id, start, end) -> answers.add(id.substring(start, end)));
        commitments.add(new Commitment(trimmed(text, from, arrow), answers));
      }
    });
    return List.copyOf(commitments);
  }

  /** The ids of a cell, in order; the list may be changed. */
  static List<String> ids(String cell) {
    List<String> ids = new ArrayList<>();
    items(cell, 0, length(cell), ITEMS, (text, from, to) -> ids.add(text.substring(from, to)));
    return ids;
  }

  static String formatIds(List<String> ids) {
    return String.join(ITEMS + " ", ids);
  }

  static String format(List<Expectation> expectations) {
    return expectations.stream()
        .map(e -> e.text() == null ? e.id() + ":" : e.id() + ": " + e.text())
        .collect(Collectors.joining(ITEMS + " "));
  }

  static String formatCommitments(List<Commitment> commitments) {
    return commitments.stream()
        .map(c -> c.answers().isEmpty() ? text(c)
            : text(c) + " " + ANSWERS + " " + String.join(", ", c.answers()))
        .collect(Collectors.joining(ITEMS + " "));
  }

  private static String text(Commitment commitment) {
    return commitment.text() == null ? "" : commitment.text();
  }

  /**
   * Each item of {@code text} between {@code from} and {@code to}, cut at {@code separator}, as
   * {@code split}, {@code isBlank} and {@code trim} would give them, without a string per item.
   */
  private static void items(String text, int from, int to, char separator, Item item) {
    for (int start = from; start <= to && to > from; ) {
      int end = text.indexOf(separator, start);
      end = end < 0 || end > to ? to : end;
      if (!blank(text, start, end)) {
        int first = start;
        int last = end;
        while (first < last && text.charAt(first) <= ' ') {
          first++;
        }
        while (last > first && text.charAt(last - 1) <= ' ') {
          last--;
        }
        item.accept(text, first, last);
      }
      start = end + 1;
    }
  }

  private static boolean blank(String text, int from, int to) {
    for (int at = from; at < to; at++) {
      if (!Character.isWhitespace(text.charAt(at))) {
        return false;
      }
    }
    return true;
  }

  private static int length(String cell) {
    return cell == null ? 0 : cell.length();
  }

  /** {@code text.substring(from, to).trim()}, or null when that is empty. */
  private static String trimmed(String text, int from, int to) {
    while (from < to && text.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    return from == to ? null : text.substring(from, to);
  }
}
