package org.maillon.server.themes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which themes go with detractors and which with promoters. With D detractor verbatims and P
 * promoter verbatims in the analysis, a theme mentioned by d detractors and p promoters has the
 * <em>lean</em> d/D − p/P: the share of detractors who mention it minus the share of promoters who
 * do (a share is 0 when its group is empty). A detractor theme has a positive lean and at least
 * {@code least} detractor mentions; a promoter theme a negative lean and at least {@code least}
 * promoter mentions. A side is only told when its class holds at least the anonymity threshold of
 * verbatims, and {@code least} is the threshold (two at the very least), so that no theme ties a
 * score class to fewer answers than the threshold. Each list is strongest lean first, then {@link
 * ThemeOrder#BY_LABEL}. Leans are compared exactly, as the integers d·P − p·D (D and P taken as 1
 * when 0), which order themes as the fractions do. O(T log T) for T themes; immutable.
 */
final class ScoreSides {

  private static final int LEAST_MENTIONS = 2;

  private final long detractorVerbatims;
  private final long promoterVerbatims;
  private final int least;
  private final boolean detractorsTold;
  private final boolean promotersTold;

  ScoreSides(int detractorVerbatims, int promoterVerbatims, int threshold) {
    this.detractorVerbatims = Math.max(1, detractorVerbatims);
    this.promoterVerbatims = Math.max(1, promoterVerbatims);
    this.least = Math.max(LEAST_MENTIONS, threshold);
    this.detractorsTold = detractorVerbatims >= threshold;
    this.promotersTold = promoterVerbatims >= threshold;
  }

  /** The themes that lean towards detractors, strongest first, at most {@code limit}. */
  List<Theme> detractorThemes(Map<Theme, TermTally> themes, int limit) {
    if (!detractorsTold) {
      return List.of();
    }
    return themes.keySet().stream()
        .filter(theme -> themes.get(theme).detractors() >= least && lean(themes.get(theme)) > 0)
        .sorted(Comparator.comparingLong((Theme theme) -> lean(themes.get(theme))).reversed()
            .thenComparing(ThemeOrder.BY_LABEL))
        .limit(limit)
        .toList();
  }

  /** The themes that lean towards promoters, strongest first, at most {@code limit}. */
  List<Theme> promoterThemes(Map<Theme, TermTally> themes, int limit) {
    if (!promotersTold) {
      return List.of();
    }
    return themes.keySet().stream()
        .filter(theme -> themes.get(theme).promoters() >= least && lean(themes.get(theme)) < 0)
        .sorted(Comparator.comparingLong((Theme theme) -> lean(themes.get(theme))).thenComparing(ThemeOrder.BY_LABEL))
        .limit(limit)
        .toList();
  }

  /** The lean d/D − p/P, scaled by D·P so that it is an exact integer. */
  private long lean(TermTally tally) {
    return tally.detractors() * promoterVerbatims - tally.promoters() * detractorVerbatims;
  }
}
