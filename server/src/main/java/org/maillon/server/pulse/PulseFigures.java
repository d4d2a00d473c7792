package org.maillon.server.pulse;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.maillon.voice.Anonymity;

/**
 * The pulse figures of an organisation with anonymity applied once, in O(teams + responses · log
 * quarters). The organisation's total is partitioned twice: into its teams, and into the quarters
 * of its trend; each partition follows {@link Anonymity} (a group below the threshold is hidden, a
 * second group hidden with it when it alone would be derivable by subtraction, everything hidden
 * when the total is below the threshold). Only these margins are shown, never a team's quarter,
 * since a team × quarter table would let a hidden cell be derived from its row and its column.
 *
 * @param threshold the least number of responses a shown group holds
 * @param total the whole organisation
 * @param teams each team's figures, in the order of the teams given, then teams only the answers name
 * @param trend the organisation's figures per quarter (UTC), oldest first
 */
public record PulseFigures(int threshold, PulseMeans total, Map<String, PulseMeans> teams, List<Period> trend) {

  /** The organisation's figures in one quarter, e.g. {@code 2026-Q3}. */
  public record Period(String period, PulseMeans means) {}

  /**
   * @param threshold at least 1
   * @param teams the teams of the organisation, in the order to show them; a team without responses
   *     is an empty group (hidden, revealing nothing)
   * @param answers every pulse response of the organisation
   */
  public static PulseFigures of(int threshold, List<String> teams, List<PulseAnswer> answers) {
    Map<String, PulseTally> byTeam = partition(teams, answers, PulseAnswer::team);
    Map<String, PulseMeans> teamMeans = apply(threshold, byTeam);
    Map<String, PulseTally> byQuarter = new TreeMap<>(partition(List.of(), answers, PulseFigures::quarter));
    List<Period> trend = new ArrayList<>();
    apply(threshold, byQuarter).forEach((period, means) -> trend.add(new Period(period, means)));
    PulseTally all = new PulseTally();
    answers.forEach(all::add);
    return new PulseFigures(threshold, all.means(all.responses() < threshold), teamMeans, trend);
  }

  /** The quarter of an answer in UTC, e.g. {@code 2026-Q3}: sorts as text in time order. */
  static String quarter(PulseAnswer answer) {
    ZonedDateTime at = answer.at().atZone(ZoneOffset.UTC);
    return at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
  }

  private static Map<String, PulseTally> partition(List<String> keys, List<PulseAnswer> answers,
      Function<PulseAnswer, String> key) {
    Map<String, PulseTally> tallies = new LinkedHashMap<>();
    keys.forEach(k -> tallies.put(k, new PulseTally()));
    for (PulseAnswer answer : answers) {
      tallies.computeIfAbsent(key.apply(answer), k -> new PulseTally()).add(answer);
    }
    return tallies;
  }

  private static Map<String, PulseMeans> apply(int threshold, Map<String, PulseTally> groups) {
    int[] counts = groups.values().stream().mapToInt(PulseTally::responses).toArray();
    Anonymity.Suppression suppression = Anonymity.suppress(threshold, counts);
    Map<String, PulseMeans> means = new LinkedHashMap<>();
    int position = 0;
    for (Map.Entry<String, PulseTally> group : groups.entrySet()) {
      means.put(group.getKey(), group.getValue().means(suppression.isHidden(position++)));
    }
    return means;
  }
}
