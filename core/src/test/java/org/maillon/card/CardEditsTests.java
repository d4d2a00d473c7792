package org.maillon.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.model.TeamKind.CORE;
import static org.maillon.model.TeamKind.FRONT_LINE;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.card.CardStatement.Problem;
import org.maillon.card.CardStatement.StatedCommitment;
import org.maillon.card.CardStatement.StatedExpectation;
import org.maillon.model.Commitment;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Procedure;
import org.maillon.testing.HandWrittenOrganization;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operations serve sales, which serve retail; operations expect "parts" from the workshop, which
 * commits to deliver them. Operations restate their card.
 */
class CardEditsTests {

  static final LocalDate DAY = LocalDate.of(2026, 5, 4);

  static final Organization SHOP = HandWrittenOrganization.organization("Shop")
      .customer("retail")
      .team("sales", FRONT_LINE).team("ops", CORE).team("workshop", CORE)
      .person("ceo", "sales", null).person("o", "ops", "ceo").person("w", "workshop", "ceo")
      .link("ops", "sales", List.of("on-time"), List.of("Friday delivery->on-time"))
      .link("sales", "retail")
      .link("workshop", "ops", List.of("parts"), List.of("Parts by Monday->parts"))
      .procedure("check", "ops", 2, List.of("ceo"), List.of("sales"))
      .procedure("sell", "sales", 1, List.of(), List.of("retail"))
      .build();

  @Test
  void theTeamsOwnWordsAreReplacedAndNothingElse() {
    CardStatement statement = new CardStatement(
        List.of(new StatedCommitment("sales", "Thursday delivery", List.of("on-time")),
            new StatedCommitment("sales", "A call when late", List.of())),
        List.of(new StatedExpectation("workshop", "tools", "Sharp tools")),
        List.of(new Procedure("order", null, "Order parts", 3, List.of("o"), List.of("sales"))));

    CardEdits.Result result = CardEdits.apply(SHOP, "ops", statement, DAY);

    assertThat(result.problems()).isEmpty();
    Organization after = result.organization();
    assertThat(link(after, "ops", "sales").commitments()).containsExactly(
        new Commitment("Thursday delivery", List.of("on-time")), new Commitment("A call when late", List.of()));
    assertThat(link(after, "ops", "sales").expectations()).isEqualTo(link(SHOP, "ops", "sales").expectations());
    Link fromWorkshop = link(after, "workshop", "ops");
    assertThat(fromWorkshop.expectations()).extracting(e -> e.id()).containsExactly("tools");
    assertThat(fromWorkshop.commitments()).containsExactly(new Commitment("Parts by Monday", List.of()));
    assertThat(link(after, "sales", "retail")).isEqualTo(link(SHOP, "sales", "retail"));
    assertThat(link(after, "ops", "sales").changedOn()).isEqualTo(DAY);
    assertThat(fromWorkshop.changedOn()).isEqualTo(DAY);
    assertThat(after.procedures()).extracting(Procedure::id, Procedure::team)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sell", "sales"),
            org.assertj.core.groups.Tuple.tuple("order", "ops"));
    assertThat(after.people()).isEqualTo(SHOP.people());
    assertThat(after.teams()).isEqualTo(SHOP.teams());
  }

  @Test
  void everyProblemIsFoundAtOnceWithItsFieldAndNoModelComesOut() {
    CardStatement statement = new CardStatement(
        List.of(new StatedCommitment("retail", "Direct sales", List.of()),
            new StatedCommitment("sales", " ", List.of("on-time", "speed"))),
        List.of(new StatedExpectation("sales", "x", "Nothing"),
            new StatedExpectation("workshop", "parts", "Parts"),
            new StatedExpectation("workshop", "parts", "")),
        List.of());

    CardEdits.Result result = CardEdits.apply(SHOP, "ops", statement, DAY);

    assertThat(result.organization()).isNull();
    assertThat(result.problems()).extracting(Problem::field, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("commitments[0].to", "unknownCustomer"),
        org.assertj.core.groups.Tuple.tuple("commitments[1].text", "required"),
        org.assertj.core.groups.Tuple.tuple("commitments[1].answers[1]", "unknownExpectation"),
        org.assertj.core.groups.Tuple.tuple("expectations[0].from", "unknownSupplier"),
        org.assertj.core.groups.Tuple.tuple("expectations[2].id", "duplicate"),
        org.assertj.core.groups.Tuple.tuple("expectations[2].text", "required"));
  }

  @Test
  void aProcedureKeepsTheTimesItsCardStatesAsJsonGivesThem() {
    CardStatement statement = JsonMapper.builder().build().readValue("""
        {"procedures": [{"id": "order", "name": "Order parts", "steps": 3, "leadTimeDays": 4,
                         "workHours": 1.5, "serves": ["sales"]}]}
        """, CardStatement.class);

    Organization after = CardEdits.apply(SHOP, "ops", statement, DAY).organization();

    assertThat(after.procedures()).contains(
        new Procedure("order", "ops", "Order parts", 3, List.of(), List.of("sales"), 4.0, 1.5));
  }

  private static Link link(Organization organization, String from, String to) {
    return organization.links().stream().filter(l -> l.from().equals(from) && l.to().equals(to)).findFirst()
        .orElseThrow();
  }
}
