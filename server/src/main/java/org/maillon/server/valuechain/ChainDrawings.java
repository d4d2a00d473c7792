package org.maillon.server.valuechain;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.PerDiagnosis;
import org.springframework.context.MessageSource;

/**
 * The current organisation's whole chain as the {@code /value-chain} page draws it when nothing is
 * searched, its groups and their link counts and its text equivalent ({@link ChainWords.Drawn}), kept
 * for each language read: identical for every visitor, it walked every node and link on each visit.
 * Computed again only when an import or a change replaces the
 * diagnosis; a search draws its path from the kept flow and index, and its text is this one.
 */
public final class ChainDrawings {

  /** The most languages kept per diagnosis: the locale comes from a cookie, which a client may set at will. */
  static final int LANGUAGES = 8;

  private static final PerDiagnosis<Map<Locale, ChainWords.Drawn>> CACHE =
      new PerDiagnosis<>(diagnosis -> new ConcurrentHashMap<>());

  private ChainDrawings() {}

  /** The whole chain of the current diagnosis drawn and said in this language, nothing searched. */
  public static ChainWords.Drawn of(Diagnosis diagnosis, MessageSource messages, Locale locale) {
    Map<Locale, ChainWords.Drawn> drawings = CACHE.of(diagnosis);
    ChainWords.Drawn drawn = drawings.get(locale);
    if (drawn == null) {
      drawn = ChainWords.draw(ChainFlow.of(diagnosis), ValueChainIndex.of(diagnosis), new ChainWords(messages, locale));
      if (drawings.size() < LANGUAGES) {
        drawings.putIfAbsent(locale, drawn);
      }
    }
    return drawn;
  }
}
