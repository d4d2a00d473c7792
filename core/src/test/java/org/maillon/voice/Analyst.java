package org.maillon.voice;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An analyst who knows where every answer belongs (its group, quarter, campaign, the moment it was
 * given: more than any page says) and has written down every sum shown, at every moment. Each sum
 * is an equation over the unknown answers; the analyst solves the system exactly, by Gaussian
 * elimination over the rationals (integer rows, fraction-free), and so learns the sum of a set of
 * answers exactly when its indicator lies in the span of the sums shown.
 */
final class Analyst {

  private final int answers;
  private final Set<BitSet> seen = new HashSet<>();
  private final List<BigInteger[]> rows = new ArrayList<>();
  private final List<Integer> pivots = new ArrayList<>();

  Analyst(int answers) {
    this.answers = answers;
  }

  /** Writes down one sum shown: that of these answers. */
  void learn(BitSet shown) {
    if (shown.isEmpty() || !seen.add((BitSet) shown.clone())) {
      return;
    }
    BigInteger[] row = reduce(vector(shown));
    for (int column = 0; column < answers; column++) {
      if (row[column].signum() != 0) {
        rows.add(row);
        pivots.add(column);
        return;
      }
    }
  }

  /** True when the sum of these answers follows from what was shown. */
  boolean determines(BitSet target) {
    for (BigInteger value : reduce(vector(target))) {
      if (value.signum() != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The answers no sum shown ever told apart: two answers are in the same bloc when every sum holds
   * both or neither. Every combination of the sums is constant on each bloc, so any set of answers
   * the analyst can learn is a union of the blocs some sum touched.
   */
  List<BitSet> blocs() {
    Map<BitSet, BitSet> byMembership = new HashMap<>();
    List<BitSet> sums = List.copyOf(seen);
    for (int answer = 0; answer < answers; answer++) {
      BitSet membership = new BitSet();
      for (int sum = 0; sum < sums.size(); sum++) {
        if (sums.get(sum).get(answer)) {
          membership.set(sum);
        }
      }
      if (!membership.isEmpty()) {
        byMembership.computeIfAbsent(membership, m -> new BitSet()).set(answer);
      }
    }
    return List.copyOf(byMembership.values());
  }

  private BigInteger[] vector(BitSet set) {
    BigInteger[] vector = new BigInteger[answers];
    for (int column = 0; column < answers; column++) {
      vector[column] = set.get(column) ? BigInteger.ONE : BigInteger.ZERO;
    }
    return vector;
  }

  /** The vector with every pivot of the rows eliminated in turn, kept integral and reduced by its gcd. */
  private BigInteger[] reduce(BigInteger[] vector) {
    for (int r = 0; r < rows.size(); r++) {
      BigInteger[] row = rows.get(r);
      int pivot = pivots.get(r);
      BigInteger b = vector[pivot];
      if (b.signum() == 0) {
        continue;
      }
      BigInteger a = row[pivot];
      BigInteger gcd = BigInteger.ZERO;
      for (int column = 0; column < answers; column++) {
        vector[column] = vector[column].multiply(a).subtract(row[column].multiply(b));
        gcd = gcd.gcd(vector[column]);
      }
      if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
        for (int column = 0; column < answers; column++) {
          vector[column] = vector[column].divide(gcd);
        }
      }
    }
    return vector;
  }
}
