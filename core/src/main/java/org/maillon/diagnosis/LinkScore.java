package org.maillon.diagnosis;

import java.util.List;

/**
 * One link of the anti-value chain scored: 0–100, the score of its weakest measure (a chain is as
 * strong as its weakest link, and a link as its weakest part), a traffic-light state, and its
 * findings counted by severity. docs/design.md, "Scoring the links", defines it.
 *
 * @param measures the link's measures in {@link LinkMeasure} order
 * @param weakest the measure of lowest score; on a tie, one that falls short rather than one that
 *     does not (1 of 1,000 rounds to 100 too), then the first
 */
public record LinkScore(ChainLink link, int score, State state, List<LinkMeasure.Value> measures,
    LinkMeasure.Value weakest, int critical, int warnings, int notes) {

  /** Below this score a link is red. */
  public static final int RED_BELOW = 50;
  /** From this score a link without a critical finding is green. */
  public static final int GREEN_FROM = 80;

  /** A traffic light, always shown with its word beside its colour. */
  public enum State {
    GREEN, AMBER, RED;

    /** Red below 50; amber below 80 or with a critical finding; green otherwise. */
    public static State of(int score, int critical) {
      if (score < RED_BELOW) {
        return RED;
      }
      return score < GREEN_FROM || critical > 0 ? AMBER : GREEN;
    }

    /** The lower-case key pages and messages use. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public LinkScore {
    measures = List.copyOf(measures);
  }

  /** Whether some measure of the link falls short. */
  public boolean fallsShort() {
    return weakest.shortfall() > 0;
  }

  /** Scores a link from its measures taken and its findings counted by severity. */
  public static LinkScore of(ChainLink link, List<LinkMeasure.Value> measures, int critical, int warnings, int notes) {
    LinkMeasure.Value weakest = null;
    for (LinkMeasure.Value value : measures) {
      if (value.measure().link() != link) {
        throw new IllegalArgumentException(value.measure() + " does not measure " + link);
      }
      if (weakest == null || value.score() < weakest.score()
          || value.score() == weakest.score() && weakest.shortfall() == 0 && value.shortfall() > 0) {
        weakest = value;
      }
    }
    if (weakest == null) {
      throw new IllegalArgumentException(link + " needs a measure");
    }
    return new LinkScore(link, weakest.score(), State.of(weakest.score(), critical), measures, weakest,
        critical, warnings, notes);
  }
}
