package org.maillon.server.pulse;

/** The answers of one group of pulse responses as sums, added in constant time each. */
final class PulseTally {

  private int responses;
  private long hours;
  private long share;
  private long freedom;

  void add(PulseAnswer answer) {
    responses++;
    hours += answer.hours();
    share += answer.share();
    freedom += answer.freedom();
  }

  int responses() {
    return responses;
  }

  /** The group's means, or nulls when it is hidden or holds no response. */
  PulseMeans means(boolean hidden) {
    if (hidden || responses == 0) {
      return new PulseMeans(responses, null, null, null, hidden);
    }
    return new PulseMeans(responses, (double) hours / responses, (double) share / responses,
        (double) freedom / responses, false);
  }
}
