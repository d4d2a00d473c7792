package org.maillon.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.maillon.voice.Verbatims.Grouped;
import org.maillon.voice.Verbatims.Written;
import org.maillon.voice.Verbatims.Side;

/** Verbatims deduplicated, and marked by score class only where no class below the threshold shows. */
class VerbatimsTests {

  @Test
  void listsTheSameTextOnceWithItsCountMostWrittenFirst() {
    List<Grouped> grouped = Verbatims.group(List.of(new Written("Trop lent", "fr", null), new Written("Parfait", "fr", null),
        new Written("Trop lent ", "fr", null), new Written("Trop lent", "fr", null), new Written(" ", "fr", null)), 3);

    assertThat(grouped).containsExactly(new Grouped("Trop lent", "fr", 3, null), new Grouped("Parfait", "fr", 1, null));
  }

  @Test
  void marksEveryTextWhenEachClassHoldsTheThreshold() {
    List<Written> said = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      said.add(new Written("Bien " + i, "fr", 10));
      said.add(new Written("Lent " + i, "fr", 2));
    }
    said.add(new Written("Sans note", "fr", null));

    List<Grouped> grouped = Verbatims.group(said, 3);

    assertThat(grouped).filteredOn(q -> q.text().startsWith("Bien")).allMatch(q -> q.side() == Side.PROMOTER);
    assertThat(grouped).filteredOn(q -> q.text().startsWith("Lent")).allMatch(q -> q.side() == Side.DETRACTOR);
    assertThat(grouped).filteredOn(q -> q.text().equals("Sans note")).allMatch(q -> q.side() == null);
  }

  @Test
  void marksNothingWhenOneClassIsBelowTheThreshold() {
    List<Written> said = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      said.add(new Written("Bien " + i, "fr", 9));
    }
    said.add(new Written("Moyen", "fr", 7));

    assertThat(Verbatims.group(said, 5)).allMatch(q -> q.side() == null);
    assertThat(Verbatims.group(said.subList(0, 5), 5)).allMatch(q -> q.side() == Side.PROMOTER);
  }

  @Test
  void aTextWrittenByDifferentClassesHasNoMark() {
    List<Written> said = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      said.add(new Written("Correct", "fr", 9));
      said.add(new Written("Correct", "fr", 4));
    }
    assertThat(Verbatims.group(said, 3)).containsExactly(new Grouped("Correct", "fr", 6, null));
    assertThatThrownBy(() -> Verbatims.group(said, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Whatever the verbatims and the threshold, a class is either never marked, or marked where at
   * least the threshold of scored verbatims belong to it, and then no class present is below the
   * threshold: no mark, and no absence of a mark, points at fewer answers than the threshold.
   */
  @Property
  void noMarkSinglesOutFewerAnswersThanTheThreshold(@ForAll("said") List<Written> said,
      @ForAll @IntRange(min = 1, max = 6) int threshold) {
    List<Grouped> grouped = Verbatims.group(said, threshold);
    Map<Side, Integer> scored = new EnumMap<>(Side.class);
    said.stream().filter(s -> s.nps() != null && !s.text().isBlank())
        .forEach(s -> scored.merge(Side.of(s.nps()), 1, Integer::sum));
    boolean anyMark = grouped.stream().anyMatch(q -> q.side() != null);
    if (anyMark) {
      assertThat(scored.values()).allMatch(n -> n >= threshold);
    }
    for (Grouped verbatim : grouped) {
      if (verbatim.side() != null) {
        assertThat(scored.get(verbatim.side())).isGreaterThanOrEqualTo(threshold);
        assertThat(said).filteredOn(s -> s.text().strip().equals(verbatim.text()))
            .allMatch(s -> s.nps() != null && Side.of(s.nps()) == verbatim.side());
      }
    }
    assertThat(grouped.stream().mapToInt(Grouped::count).sum())
        .isEqualTo((int) said.stream().filter(s -> !s.text().isBlank()).count());
  }

  @Provide
  Arbitrary<List<Written>> said() {
    Arbitrary<String> texts = Arbitraries.of("Lent", "Rapide", "Correct", "Cher", "Parfait", " ", "Bien");
    Arbitrary<Integer> scores = Arbitraries.integers().between(0, 10).injectNull(0.2);
    return Combinators.combine(texts, scores).as((text, nps) -> new Written(text, "fr", nps)).list().ofMaxSize(30);
  }
}
