package org.maillon.server.voice;

import java.util.List;
import org.maillon.server.themes.ThemeReport;
import org.maillon.voice.Csat;
import org.maillon.voice.Nps;
import org.maillon.voice.Verbatims;

/**
 * What a team's customers said, as pages, API and export show it: published answers only, by whole
 * batches of at least the threshold per customer ({@link org.maillon.voice.Batches}). A group with
 * no published batch is hidden: no score, no verbatim, and 0 responses, whether or not some answers
 * wait for their batch, since saying so would let one answer be watched.
 *
 * @param team the team's id
 * @param threshold the fewest responses a batch holds now: the largest threshold of the team's
 *     campaigns, so that no campaign's promise is broken, else the default; never below 3
 * @param responses how many published responses the whole (team or chosen customer) holds
 * @param nps the recommendation score of the whole
 * @param csat the satisfaction of the whole
 * @param responseRate published responses / invitations; null without invitations
 * @param hidden true when nothing of the whole is published yet
 * @param trend the whole by quarter of publication, oldest first; quarters without any published batch are left out
 * @param verbatims the free-text answers of published responses, sorted by text so that their
 *     order tells nothing of who or when
 * @param grouped the verbatims as a page lists them: each text once with its count, most written first,
 *     marked promoter, passive or detractor only when every class present holds at least the threshold
 *     ({@link Verbatims})
 * @param customers each customer group, by customer id
 * @param themes the themes of the verbatims; null when no theme analysis is available
 */
public record TeamVoice(String team, int threshold, int responses, Nps nps, Csat csat, Double responseRate,
    boolean hidden, List<PeriodVoice> trend, List<VerbatimText> verbatims, List<Verbatims.Grouped> grouped,
    List<CustomerVoice> customers, ThemeReport themes) {

  /** One quarter of the trend, e.g. {@code 2026-Q3}: the batches published in it. */
  public record PeriodVoice(String period, int responses, Nps nps, Csat csat, boolean hidden) {}

  /** One customer group: the published responses of one customer to the team's campaigns. */
  public record CustomerVoice(String customer, String name, int responses, Nps nps, Csat csat, Double responseRate,
      boolean hidden) {}

  /** A verbatim as shown: its text and language only, never its date, customer or score. */
  public record VerbatimText(String text, String language) {}
}
