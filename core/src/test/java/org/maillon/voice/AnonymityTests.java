package org.maillon.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.maillon.voice.Anonymity.Suppression;

/** The hiding rules on chosen partitions, and the absence of subtraction leaks on any partition. */
class AnonymityTests {

  private static boolean[] hidden(Suppression suppression, int groups) {
    boolean[] hidden = new boolean[groups];
    IntStream.range(0, groups).forEach(g -> hidden[g] = suppression.isHidden(g));
    return hidden;
  }

  @Test
  void groupsAtTheThresholdAreShown() {
    Suppression suppression = Anonymity.suppress(5, new int[] {5, 7, 9});

    assertThat(suppression.totalHidden()).isFalse();
    assertThat(hidden(suppression, 3)).containsExactly(false, false, false);
  }

  @Test
  void oneSmallGroupHidesTheSmallestShownOneToo() {
    // 4 + 8 + 6 = 18: 4 alone hidden would be 18 − 8 − 6; the 6 is hidden with it.
    Suppression suppression = Anonymity.suppress(5, new int[] {4, 8, 6});

    assertThat(hidden(suppression, 3)).containsExactly(true, false, true);
  }

  @Test
  void twoSmallGroupsNeedNothingMore() {
    Suppression suppression = Anonymity.suppress(5, new int[] {4, 3, 9});

    assertThat(hidden(suppression, 3)).containsExactly(true, true, false);
  }

  @Test
  void emptyGroupsAreHiddenButRevealNothing() {
    Suppression suppression = Anonymity.suppress(5, new int[] {0, 8, 6});

    assertThat(hidden(suppression, 3)).containsExactly(true, false, false);
  }

  @Test
  void aSmallTotalHidesEverything() {
    Suppression suppression = Anonymity.suppress(5, new int[] {4});

    assertThat(suppression.totalHidden()).isTrue();
    assertThat(hidden(suppression, 1)).containsExactly(true);
  }

  @Property
  void noHiddenGroupCanBeDerivedFromTheShownFigures(
      @ForAll @Size(max = 8) int[] groups, @ForAll @IntRange(min = 1, max = 10) int threshold) {
    int[] counts = IntStream.of(groups).map(g -> Math.floorMod(g, 15)).toArray();
    Suppression suppression = Anonymity.suppress(threshold, counts);

    long hiddenNonEmpty = IntStream.range(0, counts.length)
        .filter(g -> suppression.isHidden(g) && counts[g] > 0).count();
    assertThat(suppression.totalHidden() || hiddenNonEmpty != 1).isTrue();
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] < threshold) {
        assertThat(suppression.isHidden(g)).as("group %d of %d responses", g, counts[g]).isTrue();
      }
    }
    if (IntStream.of(counts).sum() < threshold) {
      assertThat(suppression.totalHidden()).isTrue();
    }
  }

  @Property
  void atMostOneGroupAtTheThresholdIsHiddenBeyondTheSmallOnes(
      @ForAll @Size(max = 8) int[] groups, @ForAll @IntRange(min = 1, max = 10) int threshold) {
    int[] counts = IntStream.of(groups).map(g -> Math.floorMod(g, 15)).toArray();
    Suppression suppression = Anonymity.suppress(threshold, counts);

    long extra = IntStream.range(0, counts.length)
        .filter(g -> suppression.isHidden(g) && counts[g] >= threshold).count();
    assertThat(suppression.totalHidden() || extra <= 1).isTrue();
  }
}
