package org.maillon.server.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The Lucene chain of one language, which turns a verbatim into its words as written and their
 * stems, with where each stands in the text: standard tokenizer; French elisions removed ({@code l'accueil} → {@code accueil}) or
 * English possessives; lower case; stop words; words shorter than three letters or holding a digit
 * dropped; then each word is repeated, once kept as written and once stemmed (French light stemmer,
 * which also drops accents; English Porter stemmer), so that one pass yields both. Lucene reuses
 * the chain per thread, so one instance serves all threads. Linear in the length of the text.
 */
final class ThemeAnalyzer extends Analyzer {

  private static final int SHORTEST_WORD = 3;

  private final Language language;

  ThemeAnalyzer(Language language) {
    this.language = language;
  }

  /**
   * The words of the text that are not dropped, in the order of the text, each with its stem and
   * where it stands without its elision or possessive ({@code accueil} in « l'accueil »).
   */
  List<Phrases.Word> words(String text) {
    List<Phrases.Word> words = new ArrayList<>();
    try (TokenStream stream = tokenStream("verbatim", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      KeywordAttribute asWritten = stream.addAttribute(KeywordAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      String word = null;
      while (stream.incrementToken()) {
        if (asWritten.isKeyword()) {
          word = term.toString();
        } else {
          int start = offset.startOffset();
          int at = text.substring(start, offset.endOffset()).toLowerCase(Locale.ROOT).indexOf(word);
          start += Math.max(0, at);
          words.add(new Phrases.Word(term.toString(), start,
              at < 0 ? offset.endOffset() : Math.min(offset.endOffset(), start + word.length())));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene cannot read a string", e);
    }
    return words;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream words = language == Language.FRENCH
        ? new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)
        : new EnglishPossessiveFilter(source);
    words = new LowerCaseFilter(words);
    words = new StopFilter(words, language.stopWords());
    words = new LengthFilter(words, SHORTEST_WORD, Integer.MAX_VALUE);
    words = new KeywordRepeatFilter(new DigitFreeFilter(words));
    TokenStream stems = language == Language.FRENCH
        ? new FrenchLightStemFilter(words)
        : new PorterStemFilter(words);
    return new TokenStreamComponents(source, stems);
  }
}
