package org.maillon.server.themes;

import java.util.List;

/** Finds the recurring themes of French and English verbatims, and which side of the score they fall. */
public interface VerbatimThemes {

  /**
   * Analyses the verbatims; each may be in French or English, detected per text.
   *
   * @param limit the most themes to return in each list
   * @return the themes; empty lists when there are fewer than two verbatims
   */
  ThemeReport analyse(List<Verbatim> verbatims, int limit);
}
