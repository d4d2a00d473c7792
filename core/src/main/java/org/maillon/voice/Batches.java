package org.maillon.voice;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which answers are published, and from when: anonymity by construction. The responses of each
 * group (a customer of a team, a team for its pulse) are cut, in the order they were stored, into
 * consecutive <em>batches</em>; a batch is published, whole, once it holds as many responses as the
 * largest threshold promised to them, and its responses stay unpublished until then. Every figure
 * shown anywhere is a sum over published batches, each dated by its publication day (the day of
 * its latest answer, to the day only), so the quarter of a figure is the quarter its batches were
 * published in. A linear combination of such sums is constant on each batch, so no sum or
 * difference of published figures, across groups, quarters and time, can isolate fewer answers
 * than the threshold: the smallest set it can single out is a whole batch. Between two moments
 * a figure moves by whole batches only, so one invitation cannot be watched.
 *
 * <p>A question that some responses skip (the recommendation, the satisfaction) has batches of its
 * own, made of whole response batches: its answers are published once they are at least the
 * threshold in number, so that a batch of five responses with one satisfaction answer does not
 * show that answer. Published answers to a question are therefore always answers of published
 * responses.
 */
public final class Batches {

  /**
   * One stored response, as batching sees it.
   *
   * @param group the group whose batches it joins (a customer of the team, or the team of a pulse)
   * @param at when it was given
   * @param threshold the threshold promised to it ({@link Thresholds#at}); below {@link Thresholds#MINIMUM} counts as the minimum
   * @param answered which questions it answered, bit {@code q} for question {@code q} (at most 31 questions)
   */
  public record Arrival(String group, Instant at, int threshold, int answered) {

    boolean answered(int question) {
      return (answered & (1 << question)) != 0;
    }
  }

  private final Instant[] responses;
  private final Instant[][] answers;

  private Batches(int size, int questions) {
    responses = new Instant[size];
    answers = new Instant[size][questions];
  }

  /**
   * Cuts the responses into batches, in O(n · q) for n responses and q questions.
   *
   * @param arrivals every response of the groups, in the order they were stored
   * @param questions how many questions the bits of {@link Arrival#answered} may name, 0 to 31
   */
  public static Batches of(List<Arrival> arrivals, int questions) {
    if (questions < 0 || questions > 31) {
      throw new IllegalArgumentException("Batches count 0 to 31 questions, not " + questions);
    }
    Batches batches = new Batches(arrivals.size(), questions);
    Map<String, Open> responses = new HashMap<>();
    Map<String, Open[]> answers = new HashMap<>();
    for (int i = 0; i < arrivals.size(); i++) {
      Arrival arrival = arrivals.get(i);
      Open open = responses.computeIfAbsent(arrival.group(), g -> new Open());
      open.add(i, arrival);
      if (open.complete()) {
        Instant day = open.day();
        open.members.forEach(member -> batches.responses[member] = day);
        Open[] byQuestion = answers.computeIfAbsent(arrival.group(), g -> Open.each(questions));
        for (int question = 0; question < questions; question++) {
          batches.answered(arrivals, open.members, byQuestion[question], question, day);
        }
        open.clear();
      }
    }
    return batches;
  }

  /** Adds a published response batch's answers to a question's own batch, published once complete. */
  private void answered(List<Arrival> arrivals, List<Integer> batch, Open open, int question, Instant day) {
    int before = open.members.size();
    for (int member : batch) {
      if (arrivals.get(member).answered(question)) {
        open.add(member, arrivals.get(member));
      }
    }
    if (open.members.size() > before) {
      open.latest(day);
    }
    if (!open.members.isEmpty() && open.complete()) {
      Instant published = open.day();
      open.members.forEach(member -> answers[member][question] = published);
      open.clear();
    }
  }

  /** The day (start, UTC) the response's batch was published; null while it is not. */
  public Instant published(int response) {
    return responses[response];
  }

  /** The day (start, UTC) the response's answer to the question was published; null while it is not or when it gave none. */
  public Instant published(int response, int question) {
    return answers[response][question];
  }

  /** A batch being filled: its members, the largest threshold promised to them, its latest day. */
  private static final class Open {

    private final List<Integer> members = new ArrayList<>();
    private int needed;
    private Instant latest;

    static Open[] each(int questions) {
      Open[] open = new Open[questions];
      for (int question = 0; question < questions; question++) {
        open[question] = new Open();
      }
      return open;
    }

    void add(int member, Arrival arrival) {
      members.add(member);
      needed = Math.max(needed, Math.max(Thresholds.MINIMUM, arrival.threshold()));
      latest(arrival.at().truncatedTo(ChronoUnit.DAYS));
    }

    void latest(Instant day) {
      latest = latest == null || day.isAfter(latest) ? day : latest;
    }

    boolean complete() {
      return members.size() >= needed;
    }

    Instant day() {
      return latest;
    }

    void clear() {
      members.clear();
      needed = 0;
      latest = null;
    }
  }
}
