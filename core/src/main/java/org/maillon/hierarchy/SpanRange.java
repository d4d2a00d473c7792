package org.maillon.hierarchy;

/**
 * The span ranges organisation designers read a layers × spans matrix by: a manager of one, of
 * two, a small team (3–5), the usual target (6–8), a large team (9–12), and 13 or more.
 */
public enum SpanRange {
  ONE("1", 1),
  TWO("2", 2),
  THREE_TO_FIVE("3-5", 3),
  SIX_TO_EIGHT("6-8", 6),
  NINE_TO_TWELVE("9-12", 9),
  THIRTEEN_AND_MORE("13+", 13);

  private final String label;
  private final int from;

  SpanRange(String label, int from) {
    this.label = label;
    this.from = from;
  }

  /** As the diagnosis JSON and the reports write it: {@code 3-5}, {@code 13+}. */
  public String label() {
    return label;
  }

  /** The range of a span of 1 or more. */
  public static SpanRange of(int span) {
    SpanRange[] ranges = values();
    for (int i = ranges.length - 1; i > 0; i--) {
      if (span >= ranges[i].from) {
        return ranges[i];
      }
    }
    return ONE;
  }
}
