package org.maillon.server.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a verbatim's words into the terms its themes are counted by: phrases of two neighbouring
 * words (« délais de livraison », "lead times") rather than single words, which read as nothing on
 * their own (« correcte », "bit"), and the concepts of the {@link Synonyms} table, each merged
 * whatever its wording or language (« SAV », « service après-vente », "after-sales"). Two words make a
 * phrase when no punctuation and at most {@value #MOST_BETWEEN} dropped words (stop words, numbers)
 * stand between them. A term's label is the text as written from its first word to its last,
 * lower case except acronyms. Linear in the length of the text.
 */
final class Phrases {

  /** Dropped words a phrase may span, as « de la » in « délai de la livraison ». */
  static final int MOST_BETWEEN = 2;

  private static final String BREAKS = ".,;:!?()[]{}\"«»“”…\n\r\t/|";

  /** A word kept by the analysis: its stem and where it stands in the text. */
  record Word(String stem, int start, int end) {}

  /** A term of a verbatim: what groups it ({@code key}) and how it was written ({@code label}). */
  record Term(String key, String label) {}

  private final Synonyms synonyms;

  Phrases(Synonyms synonyms) {
    this.synonyms = synonyms;
  }

  /** The terms of a text, given its words in the order of the text; a term may repeat. */
  List<Term> terms(String text, List<Word> words) {
    List<Word> merged = merge(words, synonyms.find(text));
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < merged.size(); i++) {
      Word word = merged.get(i);
      if (word.stem().startsWith(Synonyms.CONCEPT)) {
        terms.add(new Term(word.stem(), label(text, word.start(), word.end())));
      }
      if (i + 1 < merged.size() && joined(text, word, merged.get(i + 1))) {
        terms.add(new Term(word.stem() + " " + merged.get(i + 1).stem(),
            label(text, word.start(), merged.get(i + 1).end())));
      }
    }
    return terms;
  }

  /** The words with each concept's words replaced by one word, the concept, spanning its wording. */
  private static List<Word> merge(List<Word> words, List<Synonyms.Match> concepts) {
    List<Word> merged = new ArrayList<>(words.size());
    int next = 0;
    for (Word word : words) {
      while (next < concepts.size() && concepts.get(next).end() <= word.start()) {
        next++;
      }
      Synonyms.Match concept = next < concepts.size() ? concepts.get(next) : null;
      if (concept == null || word.end() <= concept.start()) {
        merged.add(word);
      } else if (merged.isEmpty() || !merged.get(merged.size() - 1).stem().equals(concept.key())
          || merged.get(merged.size() - 1).start() != concept.start()) {
        merged.add(new Word(concept.key(), concept.start(), concept.end()));
      }
    }
    return merged;
  }

  private static boolean joined(String text, Word first, Word second) {
    String between = text.substring(first.end(), second.start());
    for (int i = 0; i < between.length(); i++) {
      if (BREAKS.indexOf(between.charAt(i)) >= 0) {
        return false;
      }
    }
    String dropped = between.strip();
    return dropped.isEmpty() || dropped.split("[\\s'’]+").length <= MOST_BETWEEN;
  }

  /** The text from {@code start} to {@code end} on one line, lower case but for acronyms (SAV, IT). */
  static String label(String text, int start, int end) {
    StringBuilder label = new StringBuilder();
    for (String word : text.substring(start, end).replace('’', '\'').strip().split("\\s+")) {
      boolean acronym = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
          && !word.equals(word.toLowerCase(Locale.ROOT));
      label.append(label.length() == 0 ? "" : " ").append(acronym ? word : word.toLowerCase(Locale.ROOT));
    }
    return label.toString();
  }
}
