package org.maillon.server.listening;

/**
 * A campaign's follow-ups, counted apart from its answers: how many respondents asked to be
 * contacted, how many of those follow-ups are done, and the median days from asked to done (null
 * when none is done). They are about consenting respondents only, and show no answer's time.
 */
public record FollowUpCounts(int asked, int done, Double medianDaysToDone) {

  /** No follow-up asked. */
  public static final FollowUpCounts NONE = new FollowUpCounts(0, 0, null);
}
