package org.maillon.centricity;

import java.util.List;
import org.maillon.valuechain.TeamFigures;
import org.maillon.voice.LinkListening;

/**
 * What a team's index needs beside the model, gathered by whoever keeps listening, voice and
 * cards (the server, from its stores).
 *
 * @param team the team's figures in the diagnosis scored
 * @param links the team's links to its customers
 * @param overdue those of its links not listened to within their cadence
 * @param voice what its customers said; null when the team ran no campaign
 * @param cards its customers' cards
 */
public record TeamInput(TeamFigures team, int links, List<LinkListening> overdue, Satisfaction voice, Cards cards) {

  public TeamInput {
    overdue = List.copyOf(overdue);
    if (team == null || cards == null) {
      throw new IllegalArgumentException("A team and its cards are required");
    }
  }
}
