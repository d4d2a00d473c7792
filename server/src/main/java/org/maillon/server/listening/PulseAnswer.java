package org.maillon.server.listening;

import java.time.Instant;
import java.util.List;

/**
 * One response to a team's pulse, its three scores folded in: hours lost per week (0–60), percent
 * of time on customers (0–100), freedom to decide (1–5). Nothing in it names a person.
 *
 * @param team the team surveyed
 * @param at when it was answered
 * @param threshold the anonymity threshold of its own pulse
 * @param texts its free-text answers, stripped, none blank
 */
public record PulseAnswer(String team, Instant at, int threshold, int hours, int share, int freedom,
    List<String> texts) {

  public PulseAnswer {
    texts = List.copyOf(texts);
  }
}
