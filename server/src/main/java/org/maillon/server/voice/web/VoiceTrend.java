package org.maillon.server.voice.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maillon.server.system.Periods;
import org.maillon.server.voice.TeamVoice;
import org.maillon.voice.Quarters;

/**
 * A team's trend as its page shows it: every quarter from the first with a published batch to the
 * current one, those without answers shown empty rather than skipped, and the latest quarter with a
 * score set beside the whole so that a yearly figure cannot hide a bad last quarter. It reads only
 * the quarters {@link TeamVoice} publishes, so it shows nothing the API does not.
 *
 * @param quarters every quarter, oldest first
 * @param latest the latest quarter with an NPS and the quarter before it; null when none has one
 */
record VoiceTrend(List<Quarter> quarters, Latest latest) {

  /** Points an NPS must move by from one quarter to the next to count as a rise or a fall. */
  static final double STEADY_WITHIN = 5;

  /** One quarter; {@code empty} when no batch was published in it. */
  record Quarter(String period, String label, int responses, Double nps, Double csat, boolean empty) {}

  /**
   * The latest quarter with an NPS against the quarter before it.
   *
   * @param change {@code up}, {@code down} or {@code steady}; null when the quarter before has no NPS
   */
  record Latest(Quarter quarter, Quarter previous, String change) {}

  /** The chart's series: a quarter without answers is a gap (null), not a line drawn across it. */
  record Chart(List<String> periods, List<Double> nps, List<Double> csat) {}

  static VoiceTrend of(TeamVoice voice, Instant now, Periods periods, Locale locale) {
    Map<String, TeamVoice.PeriodVoice> shown = voice.trend().stream().filter(p -> !p.hidden())
        .collect(Collectors.toMap(TeamVoice.PeriodVoice::period, Function.identity()));
    if (shown.isEmpty()) {
      return new VoiceTrend(List.of(), null);
    }
    String first = shown.keySet().stream().min(String::compareTo).orElseThrow();
    String last = shown.keySet().stream().max(String::compareTo).orElseThrow();
    String current = Quarters.of(now);
    List<Quarter> quarters = new ArrayList<>();
    for (String period : Periods.between(first, current.compareTo(last) > 0 ? current : last)) {
      TeamVoice.PeriodVoice p = shown.get(period);
      quarters.add(p == null ? new Quarter(period, periods.name(period, locale), 0, null, null, true)
          : new Quarter(period, periods.name(period, locale), p.responses(), p.nps().score(), p.csat().mean(), false));
    }
    return new VoiceTrend(quarters, latest(quarters));
  }

  private static Latest latest(List<Quarter> quarters) {
    for (int i = quarters.size() - 1; i >= 0; i--) {
      Quarter quarter = quarters.get(i);
      if (quarter.nps() != null) {
        Quarter previous = i == 0 ? null : quarters.get(i - 1);
        return new Latest(quarter, previous, previous == null ? null : change(quarter.nps(), previous.nps()));
      }
    }
    return null;
  }

  /** {@code up}, {@code down} or {@code steady}, or null without an earlier score. */
  static String change(Double now, Double before) {
    if (now == null || before == null) {
      return null;
    }
    double moved = now - before;
    return moved >= STEADY_WITHIN ? "up" : moved <= -STEADY_WITHIN ? "down" : "steady";
  }

  Chart chart() {
    return new Chart(quarters.stream().map(Quarter::label).toList(), quarters.stream().map(Quarter::nps).toList(),
        quarters.stream().map(Quarter::csat).toList());
  }
}
