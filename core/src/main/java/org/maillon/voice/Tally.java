package org.maillon.voice;

/**
 * The answers of one group of responses (a customer, a period, a whole team) as counts, added one
 * response at a time in constant time, so that grouping n responses costs O(n).
 */
public final class Tally {

  private int responses;
  private int promoters;
  private int passives;
  private int detractors;
  private long csatSum;
  private int csatCount;

  /**
   * Adds one response.
   *
   * @param nps its 0–10 recommendation answer, or null when it gave none
   * @param csat its 1–5 satisfaction answer, or null when it gave none
   */
  public void add(Integer nps, Integer csat) {
    responses++;
    if (nps != null) {
      switch (Nps.classify(nps)) {
        case 1 -> promoters++;
        case 0 -> passives++;
        default -> detractors++;
      }
    }
    if (csat != null) {
      if (csat < 1 || csat > 5) {
        throw new IllegalArgumentException("A satisfaction answer is 1 to 5, not " + csat);
      }
      csatSum += csat;
      csatCount++;
    }
  }

  /** How many responses were added, with or without a score. */
  public int responses() {
    return responses;
  }

  /** The group's figures, shown or withheld. */
  public GroupVoice voice(boolean hidden) {
    Nps nps = Nps.of(promoters, passives, detractors);
    Csat csat = Csat.of(csatSum, csatCount);
    return hidden ? new GroupVoice(responses, nps.withheld(), csat.withheld(), true)
        : new GroupVoice(responses, nps, csat, false);
  }
}
