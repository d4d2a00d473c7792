package org.maillon.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Close ids for an unknown one, so that a typo gets its correction: ids within two edits, ignoring
 * case. Ids whose length is too far off are skipped before any work, so a million ids stay cheap.
 */
final class Suggestions {

  private static final int MAX_EDITS = 2;
  private static final int MAX_SUGGESTIONS = 3;

  private Suggestions() {}

  static List<String> close(String wanted, Iterable<String> ids) {
    record Candidate(String id, int edits) {}
    String target = wanted.toLowerCase(Locale.ROOT);
    List<Candidate> candidates = new ArrayList<>();
    for (String id : ids) {
      if (Math.abs(id.length() - target.length()) <= MAX_EDITS) {
        int edits = edits(target, id.toLowerCase(Locale.ROOT));
        if (edits <= MAX_EDITS) {
          candidates.add(new Candidate(id, edits));
        }
      }
    }
    return candidates.stream()
        .sorted(Comparator.comparingInt(Candidate::edits).thenComparing(Candidate::id))
        .limit(MAX_SUGGESTIONS)
        .map(Candidate::id)
        .toList();
  }

  /** Levenshtein distance, on two rows. */
  static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
