package org.maillon.server.themes;

import java.util.List;

/**
 * Finds the recurring themes of French and English verbatims, and which side of the score they
 * fall, offline (see {@code docs/themes.md}). Theme samples quote verbatims as written, so pass
 * only verbatims that may be shown: those of published responses, with the score only when that
 * answer is published too. Runs in time linear in the total length of the verbatims, plus sorting
 * the themes; thread-safe.
 */
public interface VerbatimThemes {

  /**
   * Analyses the verbatims; each may be in French or English, detected per text.
   *
   * @param verbatims the answers to analyse; a null or blank text mentions no theme
   * @param limit the most themes to return in each list, at least 0
   * @param threshold the anonymity threshold: a side (detractors, promoters) is told only when its
   *     class holds this many verbatims, and a theme is on a side only with this many mentions from it
   * @return the themes; empty lists when there are fewer than two verbatims
   * @throws IllegalArgumentException when the limit is negative or the threshold below 1
   */
  ThemeReport analyse(List<Verbatim> verbatims, int limit, int threshold);
}
