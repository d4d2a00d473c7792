package org.maillon.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillon.voice.Batches.Arrival;
import org.maillon.voice.Thresholds.Promise;

/**
 * Anonymity attacked the way an analyst would: for random histories of a team's responses (three
 * customers, two campaigns whose thresholds may be raised midway, answers that skip a question,
 * quarters crossed), every sum any role is shown — total, per customer, per quarter, per customer ×
 * quarter, for responses, recommendation and satisfaction — is written down after every single
 * response, and the {@link Analyst} solves the system. No set of answers smaller than the threshold
 * promised to its members may come out: not one answer, not a small cell, not the latest answers
 * (the invitation a manager watches), not a campaign's few answers.
 */
class AnonymityProperties {

  static final Instant START = Instant.parse("2026-01-01T08:00:00Z");
  static final int QUESTIONS = 2;
  /** The figures shown: responses (-1), then each question. */
  static final int[] FIGURES = {-1, 0, 1};

  /** One response: its customer and campaign, hours since the previous one, its answers (null: skipped). */
  record Answer(int customer, int campaign, int hoursLater, Integer nps, Integer csat) {}

  /** Two campaigns, the second created some days in (a stored threshold may be below the minimum). */
  record History(int firstThreshold, int secondThreshold, int secondCreatedDay, List<Answer> answers) {

    List<Arrival> arrivals() {
      Thresholds thresholds = Thresholds.of(List.of(new Promise(START, firstThreshold),
          new Promise(START.plus(Duration.ofDays(secondCreatedDay)), secondThreshold)));
      List<Arrival> arrivals = new ArrayList<>();
      Instant at = START;
      for (Answer answer : answers) {
        at = at.plus(Duration.ofHours(answer.hoursLater()));
        int own = answer.campaign() == 0 ? firstThreshold : secondThreshold;
        int answered = (answer.nps() == null ? 0 : 1) | (answer.csat() == null ? 0 : 2);
        arrivals.add(new Arrival("customer-" + answer.customer(), at, thresholds.at(at, own), answered));
      }
      return arrivals;
    }
  }

  @Provide
  Arbitrary<History> histories() {
    Arbitrary<Answer> answer = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 24 * 40),
        Arbitraries.integers().between(0, 10).injectNull(0.2), Arbitraries.integers().between(1, 5).injectNull(0.3))
        .as(Answer::new);
    return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 6),
        Arbitraries.integers().between(0, 300), answer.list().ofMaxSize(32)).as(History::new);
  }

  /** Each try solves the systems of up to 32 moments; 300 tries take seconds, not minutes. */
  @Property(tries = 300)
  void noSumOrDifferenceOfWhatIsShownIsolatesFewerAnswersThanTheThreshold(@ForAll("histories") History history) {
    List<Arrival> arrivals = history.arrivals();
    Map<Integer, Analyst> analysts = new LinkedHashMap<>();
    for (int figure : FIGURES) {
      analysts.put(figure, new Analyst(arrivals.size()));
    }
    for (int moment = 1; moment <= arrivals.size(); moment++) {
      Batches batches = Batches.of(arrivals.subList(0, moment), QUESTIONS);
      for (int figure : FIGURES) {
        shown(arrivals.subList(0, moment), figure, batches).forEach(analysts.get(figure)::learn);
      }
    }
    analysts.forEach((figure, analyst) -> {
      for (BitSet bloc : analyst.blocs()) {
        assertThat(bloc.cardinality()).as("a bloc of %s answers to figure %s", bloc, figure)
            .isGreaterThanOrEqualTo(promised(arrivals, bloc));
      }
      for (BitSet target : targets(history, arrivals, figure)) {
        if (target.cardinality() < promised(arrivals, target)) {
          assertThat(analyst.determines(target)).as("answers %s to figure %s", target, figure).isFalse();
        }
      }
    });
  }

  @Property
  void onlyEachGroupsLatestResponsesWaitAndFewerThanTheirThreshold(@ForAll("histories") History history) {
    List<Arrival> arrivals = history.arrivals();
    Batches batches = Batches.of(arrivals, QUESTIONS);
    Map<String, BitSet> waiting = new LinkedHashMap<>();
    for (int i = 0; i < arrivals.size(); i++) {
      BitSet group = waiting.computeIfAbsent(arrivals.get(i).group(), g -> new BitSet());
      if (batches.published(i) == null) {
        group.set(i);
      } else {
        assertThat(group.isEmpty()).as("a published response after a waiting one of its group").isTrue();
      }
    }
    waiting.values().forEach(group -> assertThat(group.cardinality()).isLessThan(Math.max(1, promised(arrivals,
        group))));
  }

  /** Every sum shown of a figure, as the set of answers it adds: total, customer, quarter, customer × quarter. */
  private static List<BitSet> shown(List<Arrival> arrivals, int figure, Batches batches) {
    Map<String, BitSet> sums = new LinkedHashMap<>();
    for (int i = 0; i < arrivals.size(); i++) {
      Instant day = figure < 0 ? batches.published(i) : batches.published(i, figure);
      if (day != null) {
        String customer = arrivals.get(i).group();
        String quarter = Quarters.of(day);
        for (String key : List.of("total", customer, quarter, customer + " " + quarter)) {
          sums.computeIfAbsent(key, k -> new BitSet()).set(i);
        }
      }
    }
    return List.copyOf(sums.values());
  }

  /** What an analyst would try to single out: each answer, each cell, each campaign's, the latest ones. */
  private static List<BitSet> targets(History history, List<Arrival> arrivals, int figure) {
    IntFunction<Boolean> gave = i -> figure < 0 || arrivals.get(i).answered(figure);
    Map<String, BitSet> targets = new LinkedHashMap<>();
    BitSet latest = new BitSet();
    for (int i = arrivals.size() - 1; i >= 0; i--) {
      if (gave.apply(i)) {
        latest.set(i);
        targets.put("latest " + latest.cardinality(), (BitSet) latest.clone());
      }
    }
    for (int i = 0; i < arrivals.size(); i++) {
      if (gave.apply(i)) {
        Arrival arrival = arrivals.get(i);
        String customer = arrival.group();
        for (String key : List.of("answer " + i, customer, customer + " " + Quarters.of(arrival.at()),
            customer + " campaign " + history.answers().get(i).campaign())) {
          targets.computeIfAbsent(key, k -> new BitSet()).set(i);
        }
      }
    }
    return List.copyOf(targets.values());
  }

  /** The largest threshold promised to any of these answers. */
  private static int promised(List<Arrival> arrivals, BitSet answers) {
    return answers.stream().map(i -> arrivals.get(i).threshold()).max().orElse(Thresholds.MINIMUM);
  }
}
