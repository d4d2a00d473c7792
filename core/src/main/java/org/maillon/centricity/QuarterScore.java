package org.maillon.centricity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The index of one quarter of the evolution: only listening and satisfaction are known by quarter,
 * so it is theirs, renormalised between them.
 *
 * @param listening the share of the links listened to during the quarter; null without links
 * @param satisfaction the normalised satisfaction of the quarter; null when nothing was published
 * @param index the index of the two; null when neither has data
 */
public record QuarterScore(Double listening, Double satisfaction, Double index) {

  /**
   * Scores a quarter in constant time.
   *
   * @param listened the share of the links listened to, 0–1; null without links
   * @param csat the quarter's CSAT mean (1–5), weighted by answers; null when nothing was published
   */
  public static QuarterScore of(Weights weights, Double listened, Double csat) {
    Double satisfaction = Normalise.satisfaction(csat);
    Map<Component, Double> values = new EnumMap<>(Component.class);
    values.put(Component.LISTENING, listened);
    values.put(Component.SATISFACTION, satisfaction);
    return new QuarterScore(listened, satisfaction, CentricityIndex.score(values, weights, List.of()).index());
  }
}
