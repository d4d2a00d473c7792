package org.maillon.server.demo.verbatims;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Realistic short verbatims for the demo's generated listening history: what internal and final
 * customers of a kitchen manufacturer write about lead times, deliveries, quality, installation,
 * invoices, responsiveness, IT tools, training, planning, spare parts and after-sales. The tone
 * follows the score (a detractor complains, a passive is mixed, a promoter praises), and the
 * phrasings share words on purpose so that themes emerge. The sentences live in
 * {@code demo/verbatims_fr.txt} and {@code demo/verbatims_en.txt}, read once when the class is
 * first used. A pick runs in constant time and draws exactly one {@code nextInt} from the
 * generator, so a seeded generator gives the same sequence every time. Thread-safe when the
 * generator is.
 */
public final class DemoVerbatims {

  private static final Phrasings FRENCH = Phrasings.load("/demo/verbatims_fr.txt");
  private static final Phrasings ENGLISH = Phrasings.load("/demo/verbatims_en.txt");

  private DemoVerbatims() {}

  /**
   * A verbatim whose tone matches the score.
   *
   * @param random where the choice comes from; one {@code nextInt} is drawn
   * @param nps the recommendation score of the same response, 0 to 10
   * @param language French for a French verbatim; any other language gives English
   * @return one of at least 25 phrasings of that tone and language
   * @throws IllegalArgumentException when the score is outside 0–10
   */
  public static String pick(RandomGenerator random, int nps, Locale language) {
    List<String> phrasings = phrasings(Tone.of(nps), language);
    return phrasings.get(random.nextInt(phrasings.size()));
  }

  /** Every phrasing of a tone in a language, in file order. */
  static List<String> phrasings(Tone tone, Locale language) {
    boolean french = Locale.FRENCH.getLanguage().equals(language.getLanguage());
    return (french ? FRENCH : ENGLISH).of(tone);
  }
}
