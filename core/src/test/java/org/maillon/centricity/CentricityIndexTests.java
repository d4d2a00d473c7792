package org.maillon.centricity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Subject;

/** The index on a team worked out by hand, and its bounds, direction and renormalisation on any input. */
class CentricityIndexTests {

  /**
   * The worked example of docs/centricity.md, default weights, a team (no levels component):
   *
   * <pre>
   * component     raw                      value  weight  share    points  lost
   * distance      2 hops                   0.8    15      15/75    16       4
   * listening     1 of 2 links on time     0.5    20      20/75    13.33   13.33
   * satisfaction  no shown CSAT            —      25      left out
   * freshness     1 of 4 cards fresh       0.25   15      15/75     5      15
   * requirements  1 of 4 uncovered         0.75   15      15/75    15       5
   * procedures    10 per 100 people        0.5    10      10/75     6.67    6.67
   * index                                                          56
   * </pre>
   */
  @Test
  void aTeamWorkedOutByHand() {
    Map<Component, Double> values = new EnumMap<>(Component.class);
    values.put(Component.DISTANCE, Normalise.distance(2, 6));
    values.put(Component.LISTENING, Normalise.listening(0.5));
    values.put(Component.SATISFACTION, Normalise.satisfaction(null));
    values.put(Component.FRESHNESS, Normalise.freshness(0.25));
    values.put(Component.REQUIREMENTS, Normalise.requirements(4, 1));
    values.put(Component.PROCEDURES, Normalise.procedures(10.0, 10));

    Score score = CentricityIndex.score(values, Weights.DEFAULTS, List.of(
        new Cost("UNCOVERED_EXPECTATION", new Subject.Expectation("sales", "retail", "quote"), Component.REQUIREMENTS,
            1.0),
        new Cost("LISTENING_OVERDUE", new Subject.Link("sales", "retail"), Component.LISTENING, 1.0),
        new Cost("STALE_CARD", new Subject.Team("retail"), Component.FRESHNESS, 0.5)));

    assertThat(score.index()).isCloseTo(56.0, within(1e-9));
    assertThat(score.parts()).extracting(Part::component).containsExactly(Component.FRESHNESS,
        Component.LISTENING, Component.PROCEDURES, Component.REQUIREMENTS, Component.DISTANCE,
        Component.SATISFACTION);
    Part freshness = score.parts().get(0);
    assertThat(freshness.share()).isCloseTo(0.2, within(1e-12));
    assertThat(freshness.points()).isCloseTo(5, within(1e-9));
    assertThat(freshness.lost()).isCloseTo(15, within(1e-9));
    assertThat(score.leftOut()).containsExactly(Component.SATISFACTION);
    // Gains: listening 100 × 0.2667 × 0.5 = 13.33; requirements 100 × 0.2 × 0.25 = 5; freshness 100 × 0.2 × 0.25 = 5.
    assertThat(score.gains()).extracting(Gain::code).containsExactly("LISTENING_OVERDUE", "STALE_CARD",
        "UNCOVERED_EXPECTATION");
    assertThat(score.gains().get(0).gain()).isCloseTo(40 / 3.0, within(1e-9));
    assertThat(score.gains().get(2).gain()).isCloseTo(5, within(1e-9));
  }

  @Test
  void theSeedsSmeLosesSixtyPercentOfItsLevels() {
    Map<Component, Double> values = new EnumMap<>(Component.class);
    values.put(Component.LEVELS, Normalise.levels(500, 3, 5));
    values.put(Component.DISTANCE, 1.0);
    // (10 × 0.4 + 15 × 1) / 25 = 0.76
    assertThat(CentricityIndex.score(values, Weights.DEFAULTS, List.of()).index()).isCloseTo(76, within(1e-9));
  }

  @Test
  void noDataNoIndex() {
    Map<Component, Double> values = new EnumMap<>(Component.class);
    values.put(Component.SATISFACTION, null);
    assertThat(CentricityIndex.score(values, Weights.DEFAULTS, List.of()).index()).isNull();
    assertThat(CentricityIndex.index(new double[] {Double.NaN}, new double[] {1})).isNaN();
  }

  @Test
  void costsOfALeftOutComponentGainNothing() {
    Map<Component, Double> values = new EnumMap<>(Component.class);
    values.put(Component.DISTANCE, 1.0);
    values.put(Component.REQUIREMENTS, null);
    Score score = CentricityIndex.score(values, Weights.DEFAULTS,
        List.of(new Cost("UNCOVERED_EXPECTATION", new Subject.Expectation("a", "b", "e"), Component.REQUIREMENTS,
            1.0)));
    assertThat(score.gains()).isEmpty();
  }

  @Property
  void staysWithinZeroAndHundred(@ForAll("values") double[] values, @ForAll("weights") double[] weights) {
    double index = CentricityIndex.index(values, weights);
    if (!Double.isNaN(index)) {
      assertThat(index).isBetween(0.0, 100.0);
    }
  }

  @Property
  void neverFallsWhenOneComponentImproves(@ForAll("values") double[] values, @ForAll("weights") double[] weights,
      @ForAll @IntRange(min = 0, max = 6) int which, @ForAll @DoubleRange(min = 0, max = 1) double better) {
    if (Double.isNaN(values[which])) {
      return;
    }
    double before = CentricityIndex.index(values, weights);
    if (Double.isNaN(before)) {
      return;
    }
    double[] improved = values.clone();
    improved[which] = Math.max(values[which], better);
    double after = CentricityIndex.index(improved, weights);
    assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
    if (improved[which] > values[which] && weights[which] > 0) {
      assertThat(after).isGreaterThan(before);
    }
  }

  @Property
  void aComponentWithoutDataIsTheSameAsOneWithoutWeight(@ForAll("values") double[] values,
      @ForAll("weights") double[] weights, @ForAll @IntRange(min = 0, max = 6) int which) {
    double[] without = values.clone();
    without[which] = Double.NaN;
    double[] unweighted = weights.clone();
    unweighted[which] = 0;
    double[] anyValue = values.clone();
    anyValue[which] = 0.5;
    double a = CentricityIndex.index(without, weights);
    double b = CentricityIndex.index(anyValue, unweighted);
    if (Double.isNaN(a)) {
      assertThat(b).isNaN();
    } else {
      assertThat(b).isCloseTo(a, within(1e-9));
    }
  }

  @Property
  void onlyTheRatiosOfWeightsMatter(@ForAll("values") double[] values, @ForAll("weights") double[] weights,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    double[] scaled = weights.clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= factor;
    }
    double a = CentricityIndex.index(values, weights);
    double b = CentricityIndex.index(values, scaled);
    if (Double.isNaN(a)) {
      assertThat(b).isNaN();
    } else {
      assertThat(b).isCloseTo(a, within(1e-6));
    }
  }

  @Property
  void theScoreAgreesWithTheArraysAndItsPartsAddUp(@ForAll("values") double[] values,
      @ForAll("positiveWeights") double[] weights) {
    Map<Component, Double> map = new EnumMap<>(Component.class);
    for (Component c : Component.values()) {
      map.put(c, Double.isNaN(values[c.ordinal()]) ? null : values[c.ordinal()]);
    }
    Weights w = new Weights(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5], weights[6]);
    Score score = CentricityIndex.score(map, w, List.of());
    double index = CentricityIndex.index(values, w.toArray());
    if (Double.isNaN(index)) {
      assertThat(score.index()).isNull();
      return;
    }
    assertThat(score.index()).isCloseTo(index, within(1e-9));
    double points = score.parts().stream().mapToDouble(Part::points).sum();
    double lost = score.parts().stream().mapToDouble(Part::lost).sum();
    assertThat(points).isCloseTo(index, within(1e-9));
    assertThat(points + lost).isCloseTo(100, within(1e-9));
  }

  @Provide
  Arbitrary<double[]> values() {
    Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1),
        Arbitraries.just(Double.NaN), Arbitraries.of(0.0, 1.0));
    return value.array(double[].class).ofSize(7);
  }

  @Provide
  Arbitrary<double[]> weights() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 50), Arbitraries.just(0.0))
        .array(double[].class).ofSize(7);
  }

  @Provide
  Arbitrary<double[]> positiveWeights() {
    return Arbitraries.doubles().between(0.5, 50).array(double[].class).ofSize(7);
  }

}
