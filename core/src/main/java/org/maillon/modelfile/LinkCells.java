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

  private static final String ITEMS = ";";
  private static final String ANSWERS = "->";

  private LinkCells() {}

  /** The expectations of a cell; an item without an id gets {@code e1}, {@code e2}… by position. */
  static List<Expectation> expectations(String cell) {
    List<Expectation> expectations = new ArrayList<>();
    for (String item : items(cell)) {
      int colon = item.indexOf(':');
      String id = colon > 0 ? item.substring(0, colon) : "";
      if (id.isEmpty() || id.contains(" ")) {
        expectations.add(new Expectation("e" + (expectations.size() + 1), item));
      } else {
        expectations.add(new Expectation(id, blankToNull(item.substring(colon + 1).trim())));
      }
    }
    return expectations;
  }

  static List<Commitment> commitments(String cell) {
    List<Commitment> commitments = new ArrayList<>();
    for (String item : items(cell)) {
      int arrow = item.indexOf(ANSWERS);
      if (arrow < 0) {
        commitments.add(new Commitment(item, List.of()));
      } else {
        List<String> answers = new ArrayList<>();
        for (String id : item.substring(arrow + ANSWERS.length()).split(",")) {
          if (!id.isBlank()) {
            answers.add(id.trim());
          }
        }
        commitments.add(new Commitment(blankToNull(item.substring(0, arrow).trim()), answers));
      }
    }
    return commitments;
  }

  /** The ids of a cell, in order; the list may be changed. */
  static List<String> ids(String cell) {
    return items(cell);
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

  private static List<String> items(String cell) {
    List<String> items = new ArrayList<>();
    if (cell != null) {
      for (String item : cell.split(ITEMS)) {
        if (!item.isBlank()) {
          items.add(item.trim());
        }
      }
    }
    return items;
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
