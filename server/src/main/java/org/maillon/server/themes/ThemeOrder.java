package org.maillon.server.themes;

import java.util.Comparator;

/**
 * The orders themes are listed in, so that every list is deterministic: ties fall back to the
 * label, then to the stemmed term, which no two themes share.
 */
final class ThemeOrder {

  /** Alphabetical by label, then by term. */
  static final Comparator<Theme> BY_LABEL = Comparator.comparing(Theme::label).thenComparing(Theme::term);

  /** Mentioned by the most verbatims first, then {@link #BY_LABEL}. */
  static final Comparator<Theme> MOST_FREQUENT = Comparator.comparingInt(Theme::count).reversed()
      .thenComparing(BY_LABEL);

  private ThemeOrder() {}
}
