package org.maillon.valuechain;

import java.util.ArrayList;
import java.util.List;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;

/**
 * A link's requirements and duties matched: what the customer expects that no commitment answers,
 * and what the supplier commits to that no expectation asked for — the bureaucratic drift. In the
 * link's own order; time proportional to expectations × commitments, both short lists.
 */
public final class Agreements {

  private Agreements() {}

  public static List<Expectation> uncovered(Link link) {
    List<Expectation> expectations = link.expectations();
    List<Expectation> uncovered = List.of();
    for (int i = 0; i < expectations.size(); i++) {
      if (!answered(link.commitments(), expectations.get(i).id())) {
        uncovered = grown(uncovered, expectations.get(i));
      }
    }
    return uncovered;
  }

  public static List<Commitment> unasked(Link link) {
    List<Commitment> commitments = link.commitments();
    List<Commitment> unasked = List.of();
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i).answers().isEmpty()) {
        unasked = grown(unasked, commitments.get(i));
      }
    }
    return unasked;
  }

  private static boolean answered(List<Commitment> commitments, String expectation) {
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i).answers().contains(expectation)) {
        return true;
      }
    }
    return false;
  }

  /** Most links have nothing to report: the list is only allocated for the first item. */
  private static <T> List<T> grown(List<T> list, T item) {
    List<T> grown = list.isEmpty() ? new ArrayList<>(2) : list;
    grown.add(item);
    return grown;
  }
}
