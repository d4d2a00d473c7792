package org.maillon.server.pulse;

import org.maillon.server.listening.PulseAnswer;

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

  /** The group's means; hidden, with null means, when it holds no response. */
  PulseMeans means() {
    if (responses == 0) {
      return new PulseMeans(0, null, null, null, true);
    }
    return new PulseMeans(responses, (double) hours / responses, (double) share / responses,
        (double) freedom / responses, false);
  }
}
