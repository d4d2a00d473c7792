package org.maillon.server.pulse;

import java.util.List;
import org.maillon.server.themes.Theme;
import org.maillon.server.themes.Verbatim;
import org.maillon.server.themes.VerbatimThemes;

/**
 * The themes of what collaborators wrote in their pulses, found by the same analysis as the voice
 * of the customer's verbatims ({@link VerbatimThemes}), under the pulse's anonymity rule: only
 * published responses are analysed, each response's texts as one, and a theme is shown only when
 * at least the threshold of responses mention it. Themes carry no sample: colleagues recognise each
 * other's words more readily than customers do, so a pulse shows what recurs, never what one wrote.
 */
final class PulseThemes {

  /** Themes shown at most. */
  static final int LIMIT = 10;

  private PulseThemes() {}

  /**
   * @param analysis the themes module's analysis, or null when it provides none
   * @param texts the texts of published responses, one per response
   * @param threshold the anonymity threshold, at least 1
   * @return the themes backed by at least {@code threshold} responses, most mentioned first; null without analysis
   */
  static List<PulseTheme> of(VerbatimThemes analysis, List<String> texts, int threshold) {
    if (analysis == null) {
      return null;
    }
    List<Verbatim> verbatims = texts.stream().map(text -> new Verbatim(text, null)).toList();
    return analysis.analyse(verbatims, Integer.MAX_VALUE, threshold).recurring().stream()
        .filter(theme -> theme.count() >= threshold).limit(LIMIT).map(PulseThemes::shown).toList();
  }

  private static PulseTheme shown(Theme theme) {
    return new PulseTheme(theme.term(), theme.label(), theme.count());
  }
}
