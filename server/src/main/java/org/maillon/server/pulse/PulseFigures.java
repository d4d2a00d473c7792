package org.maillon.server.pulse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillon.server.listening.PulseAnswer;
import org.maillon.voice.Batches;
import org.maillon.voice.Quarters;
import org.maillon.voice.Thresholds;

/**
 * The pulse figures of an organisation from published answers only, in O(teams + responses · log
 * quarters). Each team's answers are published by whole batches of at least the threshold promised
 * to them ({@link Batches}); the organisation's total, each team's figures and each quarter's (the
 * quarter a batch was published in) are sums of published batches, so no sum or difference of them,
 * at one moment or across moments, singles out fewer answers than the threshold.
 *
 * @param threshold the threshold of now, the least number of responses a batch holds from now on
 * @param total the whole organisation
 * @param teams each team's figures, in the order of the teams given, then teams only the answers name
 * @param trend the organisation's figures per quarter of publication (UTC), oldest first
 * @param texts the free texts of published responses, those of one response as one text so that
 *     each counts once, sorted so that their order tells neither who nor when
 */
public record PulseFigures(int threshold, PulseMeans total, Map<String, PulseMeans> teams, List<Period> trend,
    List<String> texts) {

  /** Between two free texts of one response: a full stop, so that no phrase spans them. */
  static final String TEXTS_APART = ".\n";

  /** The organisation's figures in one quarter, e.g. {@code 2026-Q3}. */
  public record Period(String period, PulseMeans means) {}

  /**
   * @param promised the thresholds pulses promised from their creation on
   * @param defaultThreshold the threshold without any pulse
   * @param teams the teams of the organisation, in the order to show them; a team without published
   *     responses is hidden
   * @param answers every pulse response of the organisation, in the order they were stored
   */
  public static PulseFigures of(Thresholds promised, int defaultThreshold, List<String> teams,
      List<PulseAnswer> answers) {
    Batches batches = Batches.of(answers.stream().map(a -> new Batches.Arrival(a.team(), a.at(),
        promised.at(a.at(), a.threshold()), 0)).toList(), 0);
    Map<String, PulseTally> byTeam = new LinkedHashMap<>();
    teams.forEach(team -> byTeam.put(team, new PulseTally()));
    Map<String, PulseTally> byQuarter = new TreeMap<>();
    PulseTally all = new PulseTally();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      PulseAnswer answer = answers.get(i);
      byTeam.computeIfAbsent(answer.team(), t -> new PulseTally());
      if (batches.published(i) != null) {
        byTeam.get(answer.team()).add(answer);
        byQuarter.computeIfAbsent(Quarters.of(batches.published(i)), q -> new PulseTally()).add(answer);
        all.add(answer);
        if (!answer.texts().isEmpty()) {
          texts.add(String.join(TEXTS_APART, answer.texts()));
        }
      }
    }
    Map<String, PulseMeans> teamMeans = new LinkedHashMap<>();
    byTeam.forEach((team, tally) -> teamMeans.put(team, tally.means()));
    List<Period> trend = new ArrayList<>();
    byQuarter.forEach((period, tally) -> trend.add(new Period(period, tally.means())));
    texts.sort(null);
    return new PulseFigures(promised.latest(defaultThreshold), all.means(), teamMeans, trend, texts);
  }
}
