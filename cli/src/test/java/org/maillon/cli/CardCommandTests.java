package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.cli.Cli.run;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The me and team commands, as text and as JSON, and how they answer an unknown id. */
class CardCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path folder;

  String model;

  @BeforeEach
  void writeModel() {
    model = Cli.write(folder, "kitchens.yaml", Cli.KITCHENS).toString();
  }

  @Test
  void meShowsTheManagersAndTheChainToTheFinalCustomer() {
    Cli.Run run = run("me", "dev", model, "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Cid (dev)", "Managers up to the top (2):", "↑ Bob (head) — Head of operations",
        "↑ Ann (ceo) — CEO", "Chain to the final customer (3 hops):",
        "Operations (ops) → Sales (sales) → Retail customers (retail)");
  }

  @Test
  void meInFrenchAndAsJson() {
    assertThat(run("me", "ceo", model, "--lang", "fr").out())
        .contains("Chaîne jusqu’au client final (1 maillon) :", "aucun : cette personne est un sommet de la hiérarchie");

    Cli.Run run = run("me", "dev", model, "--format", "json");
    JsonNode place = JSON.readTree(run.out());
    assertThat(run.code()).isZero();
    assertThat(place.get("hopsToCustomer").asInt()).isEqualTo(3);
    assertThat(place.get("managers").get(1).get("id").asString()).isEqualTo("ceo");
    assertThat(place.get("chainToCustomer").get(3).get("name").asString()).isEqualTo("Retail customers");
  }

  @Test
  void teamShowsSuppliersCustomersDutiesAndRequirements() {
    Cli.Run run = run("team", "sales", model, "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Sales (sales) — front-line", "Members: 2 · Hops to the final customer: 1",
        "Supplier teams: Operations (ops)", "Partners: Parcel carrier (carrier)",
        "Final customers: Retail customers (retail)", "• Newsletter — asked by no one",
        "← Operations (ops) — delivers Kitchens", "• on-time: On time — answered",
        "Unasked commitments: 1 (retail: Newsletter)");
  }

  @Test
  void anEmptyListOfDutiesOrRequirementsSaysNoneLikeTheOthers() {
    assertThat(run("team", "it", model, "--lang", "fr").out())
        .contains("Exigences envers ses fournisseurs : néant\n");
    assertThat(run("team", "it", model, "--lang", "en").out())
        .contains("Requirements toward its suppliers: none\n");
    assertThat(run("team", "sales", model, "--lang", "en").out())
        .contains("Duties toward its customers:\n");
  }

  @Test
  void teamAsJsonSerialisesTheCard() {
    Cli.Run run = run("team", "ops", model, "--format", "json");

    JsonNode card = JSON.readTree(run.out());
    assertThat(run.code()).isZero();
    assertThat(card.get("kind").asString()).isEqualTo("core");
    assertThat(card.get("customersOfCustomers").get(0).get("id").asString()).isEqualTo("retail");
    assertThat(card.get("duties").get(0).get("commitments").get(0).get("answers").get(0).get("text").asString())
        .isEqualTo("On time");
    assertThat(card.get("duties").get(0).get("downstream").get(0).get("customer").get("id").asString())
        .isEqualTo("retail");
  }

  @Test
  void aDutySaysWhatTheCustomerTeamCommitsToItsOwnCustomers() {
    assertThat(run("team", "ops", model, "--lang", "en").out())
        .contains("      which commits to Retail customers (retail): Newsletter\n");
    assertThat(run("team", "ops", model, "--lang", "fr").out())
        .contains("      qui s’engage envers Retail customers (retail) : Newsletter\n");
  }

  @Test
  void anUnknownIdExitsWithTwoAndSuggestsCloseIds() {
    Cli.Run person = run("me", "deb", model, "--lang", "en");
    assertThat(person.code()).isEqualTo(2);
    assertThat(person.out()).isEmpty();
    assertThat(person.err()).contains("No person with id \"deb\"").contains("Did you mean: dev");

    Cli.Run team = run("team", "retail", model, "--lang", "fr");
    assertThat(team.code()).isEqualTo(2);
    assertThat(team.err()).contains("Aucune équipe d’id « retail »");
  }
}
