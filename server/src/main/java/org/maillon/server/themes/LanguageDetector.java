package org.maillon.server.themes;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Tells whether a short text is French or English, offline and without a model: it counts the
 * words that are stop words of one language only (a word in both lists, such as {@code on}, counts
 * for neither), and counts as French every elision ({@code l'}, {@code d'}, {@code qu'}…). The
 * language with more hits wins; on a tie a French diacritic (é, à, ç…) makes it French, and
 * otherwise English, the default. Verbatims are short but full of such words, which is why this
 * crude vote is enough for two languages. Stateless, so thread-safe; runs in time linear in the
 * length of the text.
 */
final class LanguageDetector {

  private static final String FRENCH_MARKS = "àâäçéèêëîïôöùûüÿœæ";

  private final CharArraySet french = Language.FRENCH.stopWords();
  private final CharArraySet english = Language.ENGLISH.stopWords();

  /** The language of the text; English when nothing tells. */
  Language detect(String text) {
    Votes votes = new Votes();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
      if (Character.isLetter(c)) {
        word.append(c);
        votes.marks += FRENCH_MARKS.indexOf(c) >= 0 ? 1 : 0;
      } else if ((c == '\'' || c == '\u2019') && word.length() > 0) {
        word.append('\'');
      } else if (word.length() > 0) {
        vote(word, votes);
        word.setLength(0);
      }
    }
    return votes.french > votes.english || votes.french == votes.english && votes.marks > 0
        ? Language.FRENCH : Language.ENGLISH;
  }

  private void vote(CharSequence word, Votes votes) {
    boolean inFrench = french.contains(word);
    boolean inEnglish = english.contains(word);
    if (inFrench != inEnglish) {
      votes.french += inFrench ? 1 : 0;
      votes.english += inEnglish ? 1 : 0;
    } else if (isElision(word)) {
      votes.french++;
    }
  }

  private static boolean isElision(CharSequence word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == '\'') {
        return FrenchAnalyzer.DEFAULT_ARTICLES.contains(word.subSequence(0, i));
      }
    }
    return false;
  }

  /** The running tally of one text. */
  private static final class Votes {
    private int french;
    private int english;
    private int marks;
  }
}
