package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.testing.SmeVersions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code maillon diff} of the demo SME and its next version, {@link SmeVersions}, whose changes were made by hand. */
class DiffCommandTests {

  static final Path SME = SmeVersions.SME;

  @TempDir
  Path folder;

  @Test
  void theJsonListsExactlyTheChangesMadeAndTheFiguresBeforeAndAfter() throws IOException {
    Cli.Run run = Cli.run("diff", SME.toString(), changedCopy().toString(), "--format", "json", "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());

    assertThat(json.at("/people/changed").toString())
        .isEqualTo("[{\"id\":\"p-0020\",\"field\":\"manager\",\"before\":\"p-0017\",\"after\":\"p-0014\"}]");
    assertThat(json.at("/people/added").size() + json.at("/people/removed").size()).isZero();
    assertThat(json.at("/teams/removed").findValuesAsString("id")).containsExactly("grands-comptes");
    assertThat(json.at("/teams/added").size() + json.at("/teams/changed").size()).isZero();
    assertThat(ends(json.at("/links/added"))).containsExactly("informatique->service-client");
    assertThat(ends(json.at("/links/removed"))).hasSize(3).allMatch(ends -> ends.contains("grands-comptes"));
    assertThat(json.at("/links/changed").size()).isZero();
    for (String kind : List.of("customers", "partners", "procedures")) {
      assertThat(json.at("/" + kind).toString()).as(kind).isEqualTo("{\"added\":[],\"removed\":[],\"changed\":[]}");
    }
    assertThat(json.at("/figures/headcount").toString()).isEqualTo("{\"before\":500,\"after\":500}");
    assertThat(json.at("/figures/valueChain/teams").toString()).isEqualTo("{\"before\":22,\"after\":21}");
    assertThat(json.at("/figures/valueChain/links").toString()).isEqualTo("{\"before\":43,\"after\":41}");
    assertThat(json.at("/figures/valueChain/frontLineTeams").toString()).isEqualTo("{\"before\":6,\"after\":5}");
    assertThat(findings(json.at("/findings/appeared"))).containsExactlyInAnyOrder(
        "DISCONNECTED_TEAM direction-generale", "SUPPORT_NOT_REACHING_FRONT_LINE direction-generale",
        "TEAM_WITHOUT_CUSTOMER direction-generale", "NARROW_SPAN p-0017", "EMPTY_LINK informatique->service-client");
    assertThat(findings(json.at("/findings/disappeared"))).containsExactlyInAnyOrder("EMPTY_TEAM grands-comptes",
        "EMPTY_LINK direction-generale->grands-comptes", "EMPTY_LINK juridique->grands-comptes");
  }

  @Test
  void theFrenchReportSaysTheChangesInWordsWithTheMovedFiguresOnly() throws IOException {
    Cli.Run run = Cli.run("diff", SME.toString(), changedCopy().toString(), "--lang", "fr");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Ce qui a changé — Cuisines Bocage & Fils")
        .contains("p-0020, manager : p-0017 → p-0014")
        .contains("retrait : Grands comptes promoteurs (grands-comptes)")
        .contains("ajout : informatique → service-client")
        .containsPattern("\\n  Équipes +22 +21\\n").doesNotContain("Effectif");
  }

  @Test
  void aModelAgainstItselfChangesNothing() {
    Cli.Run run = Cli.run("diff", SME.toString(), SME.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("0 changes to the model; 0 figures of the diagnosis moved; 0 findings appeared and 0 disappeared.")
        .contains("None of the 60 figures moved.").contains("No finding appeared or disappeared.");
  }

  private static List<String> findings(JsonNode findings) {
    List<String> codes = new ArrayList<>();
    findings.forEach(f -> codes.add(f.get("code").asString() + " " + f.get("subject").asString()));
    return codes;
  }

  private static List<String> ends(JsonNode links) {
    List<String> ends = new ArrayList<>();
    links.forEach(link -> ends.add(link.get("from").asString() + "->" + link.get("to").asString()));
    return ends;
  }

  private Path changedCopy() throws IOException {
    return SmeVersions.writeNextVersion(folder.resolve("sme-changed.yaml"));
  }
}
