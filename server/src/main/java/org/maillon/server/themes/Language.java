package org.maillon.server.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * language plus fillers that Snowball leaves out on purpose (French {@code est}, {@code très},
 * {@code nouvel}, English {@code get}, {@code bit}…), because they say nothing about a theme; those
 * are kept in {@code themes/stopwords_fr.txt} and {@code themes/stopwords_en.txt}. The English list
 * is Snowball's rather than {@code EnglishAnalyzer}'s 33 words, so that both languages weigh the
 * same when {@link LanguageDetector} counts their stop words. Loaded once, offline.
 */
enum Language {
  FRENCH(FrenchAnalyzer.getDefaultStopSet(), fillers("/themes/stopwords_fr.txt")),
  ENGLISH(snowball("english_stop.txt"), fillers("/themes/stopwords_en.txt"));

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

  /** The words of a list, one a line, {@code #} starting a comment line. */
  private static List<String> fillers(String resource) {
    try (InputStream in = Language.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the application");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " cannot be read", e);
    }
  }

  private static CharArraySet snowball(String file) {
    try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's " + file + " cannot be read", e);
    }
  }
}
