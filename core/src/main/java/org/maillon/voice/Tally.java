package org.maillon.voice;

/**
 * The published answers of one group (a customer, a quarter, a whole team) as counts, added one at
 * a time in constant time, so that grouping n responses costs O(n). Only published answers are
 * added ({@link Batches}): a response counts when its batch is published, and its recommendation
 * and satisfaction answers when their own batches are.
 */
public final class Tally {

  private int responses;
  private int promoters;
  private int passives;
  private int detractors;
  private long csatSum;
  private int csatCount;

  /** Adds one published response, whatever it answered. */
  public void response() {
    responses++;
  }

  /** Adds one published 0–10 recommendation answer. */
  public void nps(int answer) {
    switch (Nps.classify(answer)) {
      case 1 -> promoters++;
      case 0 -> passives++;
      default -> detractors++;
    }
  }

  /** Adds one published 1–5 satisfaction answer. */
  public void csat(int answer) {
    if (answer < 1 || answer > 5) {
      throw new IllegalArgumentException("A satisfaction answer is 1 to 5, not " + answer);
    }
    csatSum += answer;
    csatCount++;
  }

  /** How many published responses were added. */
  public int responses() {
    return responses;
  }

  /** The group's figures; hidden when nothing of it is published yet. */
  public GroupVoice voice() {
    return new GroupVoice(responses, Nps.of(promoters, passives, detractors), Csat.of(csatSum, csatCount),
        responses == 0);
  }
}
