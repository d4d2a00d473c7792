package org.maillon.valuechain;

import java.util.ArrayList;
import java.util.List;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;

/**
 * A link's requirements and duties matched: what the customer expects that no commitment answers,
 * and what the supplier commits to that no expectation asked for — the technocratic drift. In the
 * link's own order; time proportional to expectations × commitments, both short lists.
 */
public final class Agreements {

  private Agreements() {}

  public static List<Expectation> uncovered(Link link) {
    List<Expectation> uncovered = new ArrayList<>(0);
    for (Expectation expectation : link.expectations()) {
      if (!answered(link, expectation.id())) {
        uncovered.add(expectation);
      }
    }
    return uncovered;
  }

  public static List<Commitment> unasked(Link link) {
    List<Commitment> unasked = new ArrayList<>(0);
    for (Commitment commitment : link.commitments()) {
      if (commitment.answers().isEmpty()) {
        unasked.add(commitment);
      }
    }
    return unasked;
  }

  private static boolean answered(Link link, String expectation) {
    for (Commitment commitment : link.commitments()) {
      if (commitment.answers().contains(expectation)) {
        return true;
      }
    }
    return false;
  }
}
