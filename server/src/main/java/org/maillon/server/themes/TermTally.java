package org.maillon.server.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known of one stemmed term while the verbatims are read: how many verbatims mention it and
 * on which side of the score, how often each written form occurs, and the shortest verbatims that
 * mention it (earliest first among equals), which read best as samples. Every update runs in
 * constant time (the samples are at most three). Not thread-safe: one analysis owns it.
 */
final class TermTally {

  private static final int SAMPLES = 3;

  private final String term;
  private final Map<String, Integer> words = new HashMap<>();
  private final List<String> samples = new ArrayList<>(SAMPLES + 1);
  private int count;
  private int detractors;
  private int promoters;

  TermTally(String term) {
    this.term = term;
  }

  /** Counts one occurrence of the term written as {@code word}. */
  void addWord(String word) {
    words.merge(word, 1, Integer::sum);
  }

  /** Counts one more verbatim that mentions the term; call it once per verbatim. */
  void addVerbatim(String text, Side side) {
    count++;
    detractors += side == Side.DETRACTOR ? 1 : 0;
    promoters += side == Side.PROMOTER ? 1 : 0;
    int at = samples.size();
    while (at > 0 && samples.get(at - 1).length() > text.length()) {
      at--;
    }
    if (at < SAMPLES) {
      samples.add(at, text);
      if (samples.size() > SAMPLES) {
        samples.remove(SAMPLES);
      }
    }
  }

  /** How many verbatims mention the term. */
  int count() {
    return count;
  }

  /** How many verbatims that mention the term come from detractors. */
  int detractors() {
    return detractors;
  }

  /** How many verbatims that mention the term come from promoters. */
  int promoters() {
    return promoters;
  }

  /**
   * The theme, labelled by its most frequent written form, the alphabetically first among equals.
   * Linear in the number of written forms.
   */
  Theme toTheme() {
    String label = null;
    int occurrences = 0;
    for (Map.Entry<String, Integer> word : words.entrySet()) {
      int n = word.getValue();
      if (n > occurrences || n == occurrences && word.getKey().compareTo(label) < 0) {
        label = word.getKey();
        occurrences = n;
      }
    }
    return new Theme(term, label, count, List.copyOf(samples));
  }
}
