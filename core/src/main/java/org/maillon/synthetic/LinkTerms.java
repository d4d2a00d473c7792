package org.maillon.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;

/**
 * The expectations and commitments of one synthetic link: 0 to 3 expectations, each answered by a
 * commitment with probability {@link #ANSWERED_SHARE} (the others are uncovered), and with
 * probability {@link #UNASKED_SHARE} one commitment that answers nothing.
 */
final class LinkTerms {

  static final double ANSWERED_SHARE = 0.8;
  static final double UNASKED_SHARE = 0.2;

  private LinkTerms() {}

  static Link link(String from, String to, String delivers, SplittableRandom random) {
    int count = random.nextInt(4);
    List<Expectation> expectations = new ArrayList<>(count);
    List<Commitment> commitments = new ArrayList<>(count + 1);
    for (int e = 1; e <= count; e++) {
      Expectation expectation = new Expectation("e" + e, Vocabulary.pick(Vocabulary.EXPECTATIONS, random));
      expectations.add(expectation);
      if (random.nextDouble() < ANSWERED_SHARE) {
        commitments.add(new Commitment(Vocabulary.pick(Vocabulary.COMMITMENTS, random), List.of(expectation.id())));
      }
    }
    if (random.nextDouble() < UNASKED_SHARE) {
      commitments.add(new Commitment(Vocabulary.pick(Vocabulary.UNASKED, random), List.of()));
    }
    return new Link(from, to, delivers, expectations, commitments);
  }
}
