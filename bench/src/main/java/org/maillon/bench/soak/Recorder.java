package org.maillon.bench.soak;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every answer of the run, by kind of request and by endpoint, and each that was not what the
 * request expected: a server error (5xx) or no answer at all is a failure; any other status than
 * the expected one is listed too, as it means the traffic did not do what it meant to.
 */
final class Recorder {

  /** An answer that was not the expected one, with the request that got it. */
  record Miss(double atSeconds, String kind, String request, int status, String detail) {

    boolean failure() {
      return status == 0 || status >= 500;
    }
  }

  private static final int KEPT = 500;

  private final long start = System.nanoTime();
  private final Map<String, Series> kinds = new ConcurrentHashMap<>();
  private final Map<String, Series> endpoints = new ConcurrentHashMap<>();
  private final Queue<Miss> misses = new ConcurrentLinkedQueue<>();

  /** Records one answer; {@code request} is the method and path as sent, {@code detail} what came back if wrong. */
  void record(String kind, String endpoint, String request, int status, long nanos, boolean expected,
      String detail) {
    kinds.computeIfAbsent(kind, k -> new Series()).add(status, nanos, expected);
    endpoints.computeIfAbsent(kind + " " + endpoint, k -> new Series()).add(status, nanos, expected);
    if (!expected && misses.size() < KEPT) {
      misses.add(new Miss(elapsedSeconds(), kind, request, status, detail));
    }
  }

  double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  Map<String, Series.Summary> byKind() {
    return summaries(kinds);
  }

  Map<String, Series.Summary> byEndpoint() {
    return summaries(endpoints);
  }

  /** The first {@value #KEPT} answers that were not the expected ones, in order. */
  List<Miss> misses() {
    return List.copyOf(misses);
  }

  private static Map<String, Series.Summary> summaries(Map<String, Series> series) {
    Map<String, Series.Summary> summaries = new TreeMap<>();
    series.forEach((name, s) -> summaries.put(name, s.summary()));
    return summaries;
  }
}
