package org.maillon.server.themes;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds themes with Lucene's analyzers, offline: each verbatim's language is detected ({@link
 * LanguageDetector}), its words are reduced to stems by that language's chain ({@link
 * ThemeAnalyzer}) and read as phrases of two words and concepts of the synonym table ({@link
 * Phrases}); a theme is such a term that at least two verbatims mention, each verbatim counted once.
 * A theme is shown as respondents wrote it most often; its samples are the three shortest verbatims
 * that mention it. The {@link ScoreSides} decide which themes go with
 * detractors or promoters, only for a class of at least the anonymity threshold. Runs in time linear in the total length of the verbatims, plus
 * O(T log T) to sort T themes; thread-safe, since each call keeps its counts to itself and Lucene
 * keeps one chain per thread.
 */
@Component
class LuceneVerbatimThemes implements VerbatimThemes, AutoCloseable {

  private static final int LEAST_VERBATIMS = 2;

  private final LanguageDetector detector = new LanguageDetector();
  private final Map<Language, ThemeAnalyzer> analyzers = new EnumMap<>(Language.class);
  private final Phrases phrases = new Phrases(Synonyms.load());

  LuceneVerbatimThemes() {
    for (Language language : Language.values()) {
      analyzers.put(language, new ThemeAnalyzer(language));
    }
  }

  @Override
  public ThemeReport analyse(List<Verbatim> verbatims, int limit, int threshold) {
    if (limit < 0) {
      throw new IllegalArgumentException("The limit of themes cannot be negative: " + limit);
    }
    if (threshold < 1) {
      throw new IllegalArgumentException("The anonymity threshold is at least 1, not " + threshold);
    }
    if (verbatims.size() < LEAST_VERBATIMS) {
      return new ThemeReport(verbatims.size(), List.of(), List.of(), List.of());
    }
    Map<String, TermTally> tallies = new HashMap<>();
    int detractors = 0;
    int promoters = 0;
    for (Verbatim verbatim : verbatims) {
      Side side = Side.of(verbatim.nps());
      detractors += side == Side.DETRACTOR ? 1 : 0;
      promoters += side == Side.PROMOTER ? 1 : 0;
      read(verbatim.text(), side, tallies);
    }
    Map<Theme, TermTally> themes = new HashMap<>();
    tallies.values().stream().filter(tally -> tally.count() >= LEAST_VERBATIMS)
        .forEach(tally -> themes.put(tally.toTheme(), tally));
    ScoreSides sides = new ScoreSides(detractors, promoters, threshold);
    return new ThemeReport(verbatims.size(), themes.keySet().stream().sorted(ThemeOrder.MOST_FREQUENT).limit(limit)
        .toList(), sides.detractorThemes(themes, limit), sides.promoterThemes(themes, limit));
  }

  private void read(String text, Side side, Map<String, TermTally> tallies) {
    if (text == null || text.isBlank()) {
      return;
    }
    Set<String> mentioned = new HashSet<>();
    for (Phrases.Term term : phrases.terms(text, analyzers.get(detector.detect(text)).words(text))) {
      TermTally tally = tallies.computeIfAbsent(term.key(), TermTally::new);
      tally.addWord(term.label());
      if (mentioned.add(term.key())) {
        tally.addVerbatim(text, side);
      }
    }
  }

  /** Releases the analyzers' per-thread chains when the application stops. */
  @Override
  public void close() {
    analyzers.values().forEach(ThemeAnalyzer::close);
  }
}
