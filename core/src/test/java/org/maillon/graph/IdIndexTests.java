package org.maillon.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The index filled region by region on several cores answers as the one filled on one core. */
class IdIndexTests {

  @AfterEach
  void defaultParallelism() {
    System.clearProperty("maillon.parallelism");
  }

  @Test
  void findsEveryIdAndReportsDuplicatesInOrderWhateverTheCores() {
    String[] ids = new String[200_000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i % 1000 == 999 ? "id-" + (i / 7) : "id-" + i;
    }
    ids[5] = null;
    List<String> expected = new ArrayList<>();
    java.util.Map<String, Integer> firsts = new java.util.HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      Integer first = ids[i] == null ? null : firsts.putIfAbsent(ids[i], i);
      if (first != null) {
        expected.add(i + "<-" + first);
      }
    }
    for (String cores : new String[] {"1", "2", "8"}) {
      System.setProperty("maillon.parallelism", cores);
      List<String> duplicates = new ArrayList<>();
      IdIndex index = IdIndex.firstWins(ids, (position, first) -> duplicates.add(position + "<-" + first));
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] != null) {
          assertThat(index.positionOf(ids[i])).isEqualTo(firsts.get(ids[i]));
        }
      }
      assertThat(index.positionOf("id-5")).isEqualTo(IdIndex.ABSENT);
      assertThat(index.positionOf("absent")).isEqualTo(IdIndex.ABSENT);
      assertThat(duplicates).as("%s cores", cores).startsWith("999<-142").isEqualTo(expected);
    }
  }

  @Test
  void idsCraftedIntoOneRegionAreStillIndexed() {
    System.setProperty("maillon.parallelism", "2");
    int capacity = 1 << 18;
    int shift = Integer.numberOfLeadingZeros(capacity - 1);
    List<String> crowded = new ArrayList<>();
    for (int i = 0; crowded.size() < 66_000; i++) {
      String id = "k" + i;
      if ((id.hashCode() * 0x9E3779B9) >>> shift < capacity / 4) {
        crowded.add(id);
      }
    }
    String[] ids = crowded.toArray(String[]::new);
    IdIndex index = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> IdIndex.of(ids));
    assertThat(index.positionOf(ids[65_999])).isEqualTo(65_999);
    assertThat(index.positionOf(ids[0])).isZero();
  }
}
