package org.maillon.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoresTests {

  @AfterEach
  void defaultParallelism() {
    System.clearProperty("maillon.parallelism");
  }

  @Test
  void rangesVisitEveryIndexOnceWhateverTheParts() {
    for (int parallelism : new int[] {1, 2, 3, 7}) {
      System.setProperty("maillon.parallelism", Integer.toString(parallelism));
      AtomicIntegerArray seen = new AtomicIntegerArray(1001);
      Cores.ranges(1001, 10, (from, to) -> {
        for (int i = from; i < to; i++) {
          seen.incrementAndGet(i);
        }
      });
      for (int i = 0; i < seen.length(); i++) {
        assertThat(seen.get(i)).as("index %d with %d parts", i, parallelism).isEqualTo(1);
      }
    }
  }

  @Test
  void aPassSmallerThanItsGrainIsNotSplit() {
    System.setProperty("maillon.parallelism", "4");
    assertThat(Cores.parts(99, 100)).isEqualTo(1);
    assertThat(Cores.parts(250, 100)).isEqualTo(2);
    assertThat(Cores.parts(10_000, 100)).as("four ranges a core").isEqualTo(16);
    System.setProperty("maillon.parallelism", "1");
    assertThat(Cores.parts(10_000, 100)).isEqualTo(1);
  }

  @Test
  void boundariesCutContiguousRangesEndingAtTheSize() {
    assertThat(Cores.boundary(10, 3, 0)).isZero();
    assertThat(Cores.boundary(10, 3, 1)).isEqualTo(3);
    assertThat(Cores.boundary(10, 3, 2)).isEqualTo(6);
    assertThat(Cores.boundary(10, 3, 3)).isEqualTo(10);
  }

  @Test
  void aFailingRangeRethrowsItsOwnExceptionUnchanged() {
    System.setProperty("maillon.parallelism", "4");
    IllegalArgumentException thrown = new IllegalArgumentException("unknown manager m9 of person p3");
    assertThatThrownBy(() -> Cores.ranges(400, 1, (from, to) -> {
      if (from > 0) {
        throw thrown;
      }
    })).isSameAs(thrown);
  }

  @Test
  void mapGivesTheRangesResultsInOrderAndSortMatchesOneCore() {
    System.setProperty("maillon.parallelism", "3");
    assertThat(Cores.map(100, 10, (from, to) -> from)).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90);
    Integer[] items = new java.util.Random(7).ints(10_000, 0, 500).boxed().toArray(Integer[]::new);
    Integer[] expected = items.clone();
    java.util.Arrays.sort(expected, java.util.Comparator.comparing(i -> i / 3));
    Cores.sort(items, 100, java.util.Comparator.comparing(i -> i / 3));
    assertThat(items).as("stable: equal keys keep their order").containsExactly(expected);
  }

  @Test
  void forkedWorkGivesItsResultOrItsException() {
    System.setProperty("maillon.parallelism", "2");
    assertThat(Forked.start(() -> 6 * 7).join()).isEqualTo(42);
    IllegalStateException thrown = new IllegalStateException("boom");
    Forked<Integer> failing = Forked.start(() -> {
      throw thrown;
    });
    assertThatThrownBy(failing::join).isSameAs(thrown);
  }
}
