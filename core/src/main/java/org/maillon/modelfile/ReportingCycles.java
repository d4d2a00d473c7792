package org.maillon.modelfile;

import java.util.List;
import org.maillon.model.Person;

/**
 * Finds every cycle in the reporting lines and reports each once, named, at the manager field of
 * its first person in the file. Each person is walked up once, iteratively: linear time, no stack,
 * whatever the depth of the hierarchy or the length of a cycle.
 */
final class ReportingCycles {

  /** A cycle longer than this is named by its first people and its length. */
  private static final int NAMED = 12;
  private static final int DONE = -1;
  private static final String ARROW = " → ";

  private final List<Person> people;
  private final int[] managers;
  private final SourceMap source;
  private final Problems problems;

  ReportingCycles(List<Person> people, int[] managers, SourceMap source, Problems problems) {
    this.people = people;
    this.managers = managers;
    this.source = source;
    this.problems = problems;
  }

  void report() {
    int[] walk = new int[managers.length];
    for (int start = 0; start < managers.length; start++) {
      if (walk[start] != 0) {
        continue;
      }
      int stamp = start + 1;
      int at = start;
      while (at >= 0 && walk[at] == 0) {
        walk[at] = stamp;
        at = managers[at];
      }
      if (at >= 0 && walk[at] == stamp) {
        reportCycleThrough(at);
      }
      for (at = start; at >= 0 && walk[at] == stamp; at = managers[at]) {
        walk[at] = DONE;
      }
    }
  }

  private void reportCycleThrough(int member) {
    int first = member;
    int length = 1;
    for (int at = managers[member]; at != member; at = managers[at]) {
      first = Math.min(first, at);
      length++;
    }
    problems.error(source.file(Section.PEOPLE), source.get(Section.PEOPLE, first, Field.MANAGER),
        length > NAMED ? "cycle.long" : "cycle", name(first, length), String.valueOf(length));
  }

  private String name(int first, int length) {
    StringBuilder text = new StringBuilder(people.get(first).id());
    int at = managers[first];
    for (int shown = 1; shown < Math.min(length, NAMED); shown++, at = managers[at]) {
      text.append(ARROW).append(people.get(at).id());
    }
    if (length > NAMED) {
      text.append(ARROW).append('…');
    }
    text.append(ARROW).append(people.get(first).id());
    return text.toString();
  }
}
