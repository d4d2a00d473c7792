package org.maillon.server.themes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * The languages verbatims are analysed in, each with its stop words: Lucene's Snowball list for the
 * language plus a few fillers that Snowball leaves out on purpose (French {@code est}, {@code très},
 * English {@code get}, {@code also}…), because they say nothing about a theme. The English list is
 * Snowball's rather than {@code EnglishAnalyzer}'s 33 words, so that both languages weigh the same
 * when {@link LanguageDetector} counts their stop words. Loaded once from Lucene's jar, offline.
 */
enum Language {
  FRENCH(FrenchAnalyzer.getDefaultStopSet(), List.of("est", "sommes", "été", "très", "trop", "plus",
      "peu", "bien", "tout", "tous", "toute", "toutes", "fait", "faire", "être", "avoir", "aussi",
      "encore", "comme", "toujours", "jamais", "rien", "non", "oui", "car", "donc", "alors", "chez",
      "depuis", "avant", "après", "vraiment", "quand", "dont", "autre", "autres", "chaque", "aucun",
      "aucune", "fois", "deux", "trois")),
  ENGLISH(snowball("english_stop.txt"), List.of("get", "got", "also", "just", "really", "always",
      "never", "still", "even", "much", "many", "every", "one", "two", "three", "can", "will", "well",
      "yet", "without", "another"));

  private final CharArraySet stopWords;

  Language(CharArraySet snowball, List<String> fillers) {
    CharArraySet words = new CharArraySet(snowball, true);
    words.addAll(fillers);
    this.stopWords = CharArraySet.unmodifiableSet(words);
  }

  /** The stop words of this language, lower case; never themes. */
  CharArraySet stopWords() {
    return stopWords;
  }

  private static CharArraySet snowball(String file) {
    try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's " + file + " cannot be read", e);
    }
  }
}
