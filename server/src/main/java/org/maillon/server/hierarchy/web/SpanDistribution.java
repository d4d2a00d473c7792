package org.maillon.server.hierarchy.web;

import java.util.HashMap;
import java.util.Map;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Person;
import org.maillon.server.organization.PerDiagnosis;

/**
 * How many managers have each span (number of direct reports): an aggregate of the hierarchy,
 * counted in one pass over the reporting lines once per diagnosis and kept with it, so that the
 * hierarchy page never walks the people on a request. {@code counts[s]} is the number of managers
 * with span s, for s from 1 to {@link #CAP}; index {@code CAP + 1} counts the wider spans.
 */
record SpanDistribution(int[] counts) {

  static final int CAP = 30;

  private static final PerDiagnosis<SpanDistribution> CACHE = new PerDiagnosis<>(SpanDistribution::count);

  static SpanDistribution of(Diagnosis diagnosis) {
    return CACHE.of(diagnosis);
  }

  private static SpanDistribution count(Diagnosis diagnosis) {
    Map<String, Integer> reports = new HashMap<>();
    for (Person person : diagnosis.model().people()) {
      if (person.manager() != null && !person.manager().isEmpty()) {
        reports.merge(person.manager(), 1, Integer::sum);
      }
    }
    int[] counts = new int[CAP + 2];
    for (int span : reports.values()) {
      counts[Math.min(span, CAP + 1)]++;
    }
    return new SpanDistribution(counts);
  }

  /** The widest span present, capped at {@code CAP + 1}. */
  int widest() {
    for (int s = counts.length - 1; s > 0; s--) {
      if (counts[s] > 0) {
        return s;
      }
    }
    return 0;
  }
}
