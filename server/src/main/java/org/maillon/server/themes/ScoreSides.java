package org.maillon.server.themes;

import java.util.Comparator;
import java.util.List;

/**
 * Which themes go with detractors and which with promoters. With D detractor verbatims and P
 * promoter verbatims in the analysis, a theme mentioned by d detractors and p promoters has the
 * <em>lean</em> d/D − p/P: the share of detractors who mention it minus the share of promoters who
 * do (a share is 0 when its group is empty). A detractor theme has a positive lean and at least two
 * detractor mentions; a promoter theme a negative lean and at least two promoter mentions, so that
 * one answer alone makes no theme. Each list is strongest lean first, then {@link
 * ThemeOrder#BY_LABEL}. Leans are compared exactly, as the integers d·P − p·D (D and P taken as 1
 * when 0), which order themes as the fractions do. O(T log T) for T themes; immutable.
 */
final class ScoreSides {

  private static final int LEAST_MENTIONS = 2;

  private final long detractorVerbatims;
  private final long promoterVerbatims;

  ScoreSides(int detractorVerbatims, int promoterVerbatims) {
    this.detractorVerbatims = Math.max(1, detractorVerbatims);
    this.promoterVerbatims = Math.max(1, promoterVerbatims);
  }

  /** The themes that lean towards detractors, strongest first, at most {@code limit}. */
  List<Theme> detractorThemes(List<Theme> themes, int limit) {
    return themes.stream()
        .filter(theme -> theme.detractors() >= LEAST_MENTIONS && lean(theme) > 0)
        .sorted(Comparator.comparingLong(this::lean).reversed().thenComparing(ThemeOrder.BY_LABEL))
        .limit(limit)
        .toList();
  }

  /** The themes that lean towards promoters, strongest first, at most {@code limit}. */
  List<Theme> promoterThemes(List<Theme> themes, int limit) {
    return themes.stream()
        .filter(theme -> theme.promoters() >= LEAST_MENTIONS && lean(theme) < 0)
        .sorted(Comparator.comparingLong(this::lean).thenComparing(ThemeOrder.BY_LABEL))
        .limit(limit)
        .toList();
  }

  /** The lean d/D − p/P, scaled by D·P so that it is an exact integer. */
  private long lean(Theme theme) {
    return theme.detractors() * promoterVerbatims - theme.promoters() * detractorVerbatims;
  }
}
