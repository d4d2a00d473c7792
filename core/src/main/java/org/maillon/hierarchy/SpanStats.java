package org.maillon.hierarchy;

/** Direct reports per manager; all zero when nobody manages anybody. */
public record SpanStats(int min, int max, double mean, double median) {

  public static final SpanStats NONE = new SpanStats(0, 0, 0, 0);
}
