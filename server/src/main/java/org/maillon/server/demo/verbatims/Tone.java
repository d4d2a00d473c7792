package org.maillon.server.demo.verbatims;

import java.util.Locale;

/** The tone of an answer, by the NPS band of its score; named as in the corpus files. */
enum Tone {
  /** A score of 0 to 6: a complaint. */
  DETRACTOR,
  /** A score of 7 or 8: mixed. */
  PASSIVE,
  /** A score of 9 or 10: praise. */
  PROMOTER;

  private static final int HIGHEST_DETRACTOR = 6;
  private static final int HIGHEST_PASSIVE = 8;
  private static final int HIGHEST_SCORE = 10;

  /** The tone of a 0–10 score. Constant time. */
  static Tone of(int nps) {
    if (nps < 0 || nps > HIGHEST_SCORE) {
      throw new IllegalArgumentException("A recommendation score is from 0 to 10, not " + nps);
    }
    if (nps <= HIGHEST_DETRACTOR) {
      return DETRACTOR;
    }
    return nps <= HIGHEST_PASSIVE ? PASSIVE : PROMOTER;
  }

  /** The tone named {@code name} in a corpus file ({@code detractor}, {@code passive}, {@code promoter}). */
  static Tone named(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
