package org.maillon.centricity;

import java.util.List;
import org.maillon.voice.ListeningReport;

/**
 * What the organisation's index needs beside the model, gathered by whoever keeps listening, voice
 * and cards (the server, from its stores).
 *
 * @param listening every team's links, those listened to on time and those overdue
 * @param voices the voice of each team that ran a campaign; the shown ones are averaged, weighted
 *     by their answers, in this order
 * @param cards the organisation's customers' cards, each customer counted once
 */
public record OrganizationInput(ListeningReport listening, List<Satisfaction> voices, Cards cards) {

  public OrganizationInput {
    voices = List.copyOf(voices);
    if (listening == null || cards == null) {
      throw new IllegalArgumentException("The listening report and the cards are required");
    }
  }
}
