package org.maillon.voice;

/**
 * A net promoter score: the share of promoters (9–10) minus the share of detractors (0–6), in
 * points from −100 to 100, with its 95% interval by the adjusted-Wald method (Rocks, 2016: add 3 to
 * n and ¾ to the promoter and detractor counts, then take the standard error of a difference of
 * two proportions of one multinomial sample). The interval is honest for the small samples teams
 * collect, where the plain Wald interval collapses to a point at 0 or 100%.
 *
 * <p>Computed over published answers only ({@link Batches}), so the breakdown, which gives the
 * score away, is as safe to show as the score.
 *
 * @param score 100·(promoters − detractors)/responses; null without responses
 * @param low the interval's lower bound, clamped to −100; null as {@code score}
 * @param high the interval's upper bound, clamped to 100; null as {@code score}
 * @param promoters answers of 9 or 10
 * @param passives answers of 7 or 8
 * @param detractors answers of 0 to 6
 * @param responses how many recommendation answers the group holds
 */
public record Nps(Double score, Double low, Double high, Integer promoters, Integer passives, Integer detractors,
    int responses) {

  private static final double Z95 = 1.96;

  /**
   * The score of these counts, in constant time. Without any response the score and interval are
   * null and the counts 0.
   */
  public static Nps of(int promoters, int passives, int detractors) {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException("Counts cannot be negative");
    }
    int n = promoters + passives + detractors;
    if (n == 0) {
      return new Nps(null, null, null, 0, 0, 0, 0);
    }
    double adjustedN = n + 3.0;
    double p = (promoters + 0.75) / adjustedN;
    double d = (detractors + 0.75) / adjustedN;
    double adjusted = p - d;
    double se = Math.sqrt((p + d - adjusted * adjusted) / adjustedN);
    return new Nps(100.0 * (promoters - detractors) / n, clamp(100 * (adjusted - Z95 * se)),
        clamp(100 * (adjusted + Z95 * se)), promoters, passives, detractors, n);
  }

  /** The class of a 0–10 answer: 1 for a promoter, 0 for a passive, −1 for a detractor. */
  public static int classify(int answer) {
    if (answer < 0 || answer > 10) {
      throw new IllegalArgumentException("A recommendation answer is 0 to 10, not " + answer);
    }
    return answer >= 9 ? 1 : answer >= 7 ? 0 : -1;
  }

  private static double clamp(double points) {
    return Math.max(-100, Math.min(100, points));
  }
}
