package org.maillon.server.voice;

import java.util.List;
import org.maillon.server.themes.ThemeReport;
import org.maillon.voice.Csat;
import org.maillon.voice.Nps;

/**
 * What a team's customers said, as pages, API and export show it: only figures that anonymity lets
 * through. A hidden group keeps its counts of responses; its scores are null and it gives no
 * verbatim.
 *
 * @param team the team's id
 * @param threshold the fewest responses a shown group holds: the largest threshold of the team's
 *     campaigns, so that no campaign's promise is broken, else the default
 * @param responses how many responses the whole (team or chosen customer) holds
 * @param nps the recommendation score of the whole
 * @param csat the satisfaction of the whole
 * @param responseRate responses / invitations; null without invitations
 * @param hidden true when the whole is below the threshold
 * @param trend the whole by quarter, oldest first
 * @param verbatims the free-text answers of the shown customer groups, sorted by text so that their
 *     order tells nothing of who or when
 * @param customers each customer group, by customer id
 * @param themes the themes of the verbatims; null when no theme analysis is available
 */
public record TeamVoice(String team, int threshold, int responses, Nps nps, Csat csat, Double responseRate,
    boolean hidden, List<PeriodVoice> trend, List<VerbatimText> verbatims, List<CustomerVoice> customers,
    ThemeReport themes) {

  /** One quarter of the trend, e.g. {@code 2026-Q3}. */
  public record PeriodVoice(String period, int responses, Nps nps, Csat csat, boolean hidden) {}

  /** One customer group: all the responses of one customer to the team's campaigns. */
  public record CustomerVoice(String customer, String name, int responses, Nps nps, Csat csat, Double responseRate,
      boolean hidden) {}

  /** A verbatim as shown: its text and language only, never its date, customer or score. */
  public record VerbatimText(String text, String language) {}
}
