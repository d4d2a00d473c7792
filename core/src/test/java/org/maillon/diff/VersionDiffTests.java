package org.maillon.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.model.TeamKind.SUPPORT;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.FindingKind;
import org.maillon.diagnosis.Subject;
import org.maillon.diff.ModelChanges.FieldChange;
import org.maillon.diff.ModelChanges.KindChanges;
import org.maillon.model.Organization;
import org.maillon.testing.HandWrittenOrganization;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two versions of a four-person shop, computed by hand.
 *
 * <pre>
 *   before: ceo ─ m ─ a, b      teams sales (front line), it (support)   it → sales → buyers
 *   after:  ceo ─┬ m ─ b        team sales only (b moved into it)        sales → buyers, pros
 *                └ a
 * </pre>
 *
 * <p>Before, ceo has one direct report, m, a manager: a pass-through manager. After, ceo has two
 * and is no longer one; m has one, b, who manages nobody. Spans: before 1 and 2, after 2 and 1, so
 * min, max and mean do not move.
 */
class VersionDiffTests {

  static final Organization BEFORE = HandWrittenOrganization.organization("Shop")
      .customer("buyers")
      .team("sales", FRONT_LINE).team("it", SUPPORT)
      .person("ceo", "sales", null).person("m", "sales", "ceo").person("a", "sales", "m").person("b", "it", "m")
      .link("it", "sales").link("sales", "buyers")
      .build();

  static final Organization AFTER = HandWrittenOrganization.organization("Shop")
      .customer("buyers").customer("pros")
      .team("sales", FRONT_LINE)
      .person("ceo", "sales", null).person("m", "sales", "ceo").person("a", "sales", "ceo").person("b", "sales", "m")
      .link("sales", "buyers").link("sales", "pros")
      .build();

  final VersionDiff diff = VersionDiff.between(DiagnosisEngine.diagnose(BEFORE), DiagnosisEngine.diagnose(AFTER));

  @Test
  void theModelsChangesAreThoseMadeAndNoOther() {
    assertThat(kind("people").changed()).containsExactly(
        new FieldChange(Map.of("id", "a"), "manager", "m", "ceo"),
        new FieldChange(Map.of("id", "b"), "team", "it", "sales"));
    assertThat(kind("people").added()).isEmpty();
    assertThat(kind("teams").removed()).extracting(team -> team.get("id"), team -> team.get("kind"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("it", "support"));
    assertThat(kind("customers").added()).extracting(customer -> customer.get("id")).containsExactly("pros");
    assertThat(kind("links").added()).extracting(link -> link.get("from") + "->" + link.get("to"))
        .containsExactly("sales->pros");
    assertThat(kind("links").removed()).extracting(link -> link.get("from") + "->" + link.get("to"))
        .containsExactly("it->sales");
    assertThat(kind("partners").none()).isTrue();
    assertThat(kind("procedures").none()).isTrue();
  }

  @Test
  void everyFigureComesBeforeAndAfterAndOnlyMovedOnesCountAsMoved() {
    assertThat(figure("headcount")).isEqualTo(new FigureChange(List.of("headcount"), 4, 4));
    assertThat(figure("hierarchy.passThroughManagers").before()).isEqualTo(1);
    assertThat(figure("hierarchy.passThroughManagers").after()).isEqualTo(0);
    assertThat(figure("valueChain.teams")).extracting(FigureChange::before, FigureChange::after).containsExactly(2, 1);
    assertThat(figure("valueChain.finalCustomers")).extracting(FigureChange::before, FigureChange::after)
        .containsExactly(1, 2);
    assertThat(diff.movedFigures()).extracting(FigureChange::name)
        .contains("hierarchy.passThroughManagers", "valueChain.teams", "valueChain.finalCustomers")
        .doesNotContain("headcount", "hierarchy.span.min", "hierarchy.span.max", "hierarchy.span.mean",
            "valueChain.links");
  }

  /**
   * The index of the model alone, weights distance 15, requirements 15, procedures 10, levels 10
   * (sum 50). Before, sales is 1 hop from buyers (1) and it 2 (max(0, (6 − 2) / 5) = 0.8): distance
   * 0.9, 100 × 15/50 × 0.9 = 27 points; after, sales alone: 1, 30 points. Both links state nothing,
   * before and after: requirements 1 − 2/2 = 0. No procedure: 1, 20 points. One level between
   * top and base where none is needed for 4 people: levels 1 − 1/1 = 0. Index 47, then 50.
   */
  @Test
  void theIndexOfTheModelAloneMovesWithTheDistanceOnly() {
    assertThat(diff.index().index().before().doubleValue()).isCloseTo(47, within(1e-9));
    assertThat(diff.index().index().after().doubleValue()).isCloseTo(50, within(1e-9));
    assertThat(diff.index().components()).extracting(FigureChange::name).containsExactly(
        "index.distance.value", "index.distance.points", "index.requirements.value", "index.requirements.points",
        "index.procedures.value", "index.procedures.points", "index.levels.value", "index.levels.points");
    assertThat(diff.index().components()).filteredOn(FigureChange::moved).extracting(FigureChange::name)
        .containsExactly("index.distance.value", "index.distance.points");
    assertThat(diff.index().components().get(0).before().doubleValue()).isCloseTo(0.9, within(1e-9));
    assertThat(diff.index().components().get(1).before().doubleValue()).isCloseTo(27, within(1e-9));
    assertThat(diff.index().components().get(1).after().doubleValue()).isCloseTo(30, within(1e-9));
    assertThat(diff.index().components().get(5).after().doubleValue()).isCloseTo(20, within(1e-9));
  }

  @Test
  void theCeoStopsPassingThroughAndNoFindingAppearsTwice() {
    assertThat(diff.disappeared()).extracting(Finding::kind, Finding::subject)
        .contains(org.assertj.core.groups.Tuple.tuple(FindingKind.PASS_THROUGH_MANAGER, new Subject.Person("ceo")));
    assertThat(diff.appeared()).extracting(Finding::kind).doesNotContain(FindingKind.PASS_THROUGH_MANAGER);
    assertThat(diff.appeared()).doesNotContainAnyElementsOf(diff.disappeared());
  }

  @Test
  void aVersionAgainstItselfChangesNothing() {
    VersionDiff same = VersionDiff.between(DiagnosisEngine.diagnose(BEFORE), DiagnosisEngine.diagnose(BEFORE));
    assertThat(same.changes().none()).isTrue();
    assertThat(same.movedFigures()).isEmpty();
    assertThat(same.appeared()).isEmpty();
    assertThat(same.disappeared()).isEmpty();
  }

  @Test
  void theJsonNestsFiguresAsTheSummaryDoesAndWritesFindingsAsTheDiagnosisDoes() {
    StringWriter out = new StringWriter();
    VersionDiffJson.write(diff, out, Locale.ENGLISH);
    JsonNode json = JsonMapper.builder().build().readTree(out.toString());

    assertThat(json.propertyNames()).containsExactly("people", "teams", "customers", "partners", "links",
        "procedures", "figures", "index", "findings");
    assertThat(json.at("/index").propertyNames()).containsExactly("before", "after", "components");
    assertThat(json.at("/index/components").propertyNames())
        .containsExactly("distance", "requirements", "procedures", "levels");
    assertThat(json.at("/index/components/levels").toString())
        .isEqualTo("{\"value\":{\"before\":0.0,\"after\":0.0},\"points\":{\"before\":0.0,\"after\":0.0}}");
    assertThat(json.at("/people/changed/0").toString())
        .isEqualTo("{\"id\":\"a\",\"field\":\"manager\",\"before\":\"m\",\"after\":\"ceo\"}");
    assertThat(json.at("/links/added/0/from").asString()).isEqualTo("sales");
    assertThat(json.at("/links/added/0/to").asString()).isEqualTo("pros");
    assertThat(json.at("/figures/hierarchy/passThroughManagers").toString()).isEqualTo("{\"before\":1,\"after\":0}");
    assertThat(json.at("/figures/hierarchy/span/max").toString()).isEqualTo("{\"before\":2,\"after\":2}");
    JsonNode gone = json.at("/findings/disappeared");
    assertThat(gone.size()).isEqualTo(diff.disappeared().size());
    assertThat(gone.findValuesAsString("code")).contains("PASS_THROUGH_MANAGER");
    assertThat(gone.findValuesAsString("subject")).contains("ceo");
  }

  @Test
  void everyFigureEveryKindAndEveryFieldHasANameInBothLanguages() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      DiffNames names = new DiffNames(locale);
      assertThat(diff.figures()).allSatisfy(figure -> assertThat(names.figure(figure)).isNotBlank());
      assertThat(diff.index().all()).allSatisfy(figure -> assertThat(names.figure(figure)).isNotBlank());
      for (EntityKind<?> kind : EntityKind.ALL) {
        assertThat(names.kind(kind.name())).isNotBlank();
        kind.fields().forEach(field -> assertThat(names.field(field.name())).isNotBlank());
      }
    }
    assertThat(new DiffNames(Locale.FRENCH).figure(figure("valueChain.hopsDistribution.1")))
        .isEqualTo("Collaborateurs à 1 maillon d’un client final");
  }

  private KindChanges kind(String name) {
    return diff.changes().kinds().stream().filter(kind -> kind.kind().equals(name)).findFirst().orElseThrow();
  }

  private FigureChange figure(String name) {
    return diff.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }
}
