package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.testing.SmeVersions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code maillon what-if} on the demo SME, the figures worked out by hand from examples/sme.yaml. */
class WhatIfCommandTests {

  @TempDir
  Path folder;

  /**
   * The SME has depths 0 to 6 (7 layers, 5 levels between top and base), 80 managers over 500
   * people, 498 reporting lines. Its middle layer is depth 3: 22 managers (the Cholet plant, design
   * office, quality, the regional and e-commerce heads, customer service supervisors, the
   * logistics platforms…). Removing it: 500 − 22 = 478 people; depths 4, 5, 6 become 3, 4, 5, so 6
   * layers and 4 levels between; the depth-2 managers above them keep reports, so 80 − 22 = 58
   * managers; 478 − 2 tops = 476 reporting lines, a mean span of 476 / 58 = 8.2069; the widest is
   * the logistics manager p-0285, whose 3 platform heads led 10 each: 30. At target span 8 the
   * headcount still needs 2 levels (8³ = 512 ≥ 478), so the excess falls from 3 to 2. The 131
   * people below the removed managers change manager; the 3 teams they led (design office,
   * assembly workshop, quality) lose their lead; the after-sales goodwill gesture loses the quality
   * manager's signature, so quality (support) no longer approves a front-line procedure. Beyond
   * maxSpan 15, the five team leaders of 22 stay wide, and four depth-2 managers become so: the
   * industrial director 3 + 14 + 6 = 23, customer service 3 × 6 = 18, installation 4 × 6 = 24,
   * logistics 3 × 10 = 30 (the shops', e-commerce and professional sales heads reach 3 × 4 = 12).
   *
   * <p>The index of the model alone: 100 × Σ wᵢ·vᵢ / Σ wᵢ over distance (15), requirements (15),
   * procedures (10) and levels (10), Σ wᵢ = 50, so each component's points are 2 × wᵢ × vᵢ.
   * Distance, max(0, (6 − hops) / 5) averaged over the 22 teams: 6 teams at 1 hop (1), 11 at 2
   * (0.8), 2 at 3 (purchasing, cutting: 0.6), 3 with no path (audit, process cell, innovation: 0)
   * give 16 / 22 = 8/11 — no team nor link moves, so neither does it: 2 × 15 × 8/11 = 240/11.
   * Requirements over the 40 links a team supplies and their 31 expectations: 3 uncovered, 15 empty
   * and 23 pending links, 1 − 41/71 = 30/71, unchanged too: 900/71. Procedures: 13 for 500 people,
   * 2.6 per 100, 1 / (1 + 2.6/10) = 50/63, 1000/63 points; after, 13 for 478, 1 / (1 + 1300/4780)
   * = 478/608, 4780/304 points. Levels: 1 − 3/5 = 0.4, 8 points; after 1 − 2/4 = 0.5, 10 points.
   * Index 240/11 + 900/71 + 1000/63 + 8 = 58.367… before, 240/11 + 900/71 + 4780/304 + 10 = 60.218…
   * after.
   */
  @Test
  void removingTheMiddleLayerGivesTheFiguresAndFindingsWorkedOutByHand() throws Exception {
    Cli.Run run = Cli.run("what-if", SmeVersions.SME.toString(), scenario("- removeLayer: 3").toString(),
        "--format", "json", "--lang", "en", "--as-of", "2026-01-01");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());

    assertThat(json.at("/people/removed").size()).isEqualTo(22);
    assertThat(json.at("/people/changed").size()).isEqualTo(131);
    assertThat(json.at("/people/changed").findValuesAsString("field")).containsOnly("manager");
    assertThat(json.at("/teams/changed").findValuesAsString("id"))
        .containsExactly("bureau-etudes", "usine-assemblage", "qualite");
    assertThat(json.at("/procedures/changed").toString()).contains("geste-commercial-sav").contains("approvals");
    assertThat(json.at("/links").toString()).isEqualTo("{\"added\":[],\"removed\":[],\"changed\":[]}");
    assertThat(figure(json, "headcount")).isEqualTo("500 478");
    assertThat(figure(json, "hierarchy/layers")).isEqualTo("7 6");
    assertThat(figure(json, "hierarchy/levelsBetweenTopAndBase")).isEqualTo("5 4");
    assertThat(figure(json, "hierarchy/managers")).isEqualTo("80 58");
    assertThat(figure(json, "hierarchy/span/max")).isEqualTo("22 30");
    assertThat(json.at("/figures/hierarchy/span/mean/after").asDouble()).isCloseTo(476.0 / 58, within());
    assertThat(figure(json, "hierarchy/excessLevels")).isEqualTo("3 2");
    assertThat(figure(json, "hierarchy/wideSpanManagers")).isEqualTo("5 9");
    assertThat(findings(json.at("/findings/appeared")))
        .containsExactly("WIDE_SPAN p-0004", "WIDE_SPAN p-0053", "WIDE_SPAN p-0055", "WIDE_SPAN p-0285");
    assertThat(findings(json.at("/findings/disappeared")))
        .containsExactly("SUPPORT_APPROVES_FRONT_LINE geste-commercial-sav");

    assertThat(json.at("/index/before").asDouble()).isCloseTo(240.0 / 11 + 900.0 / 71 + 1000.0 / 63 + 8, within());
    assertThat(json.at("/index/after").asDouble()).isCloseTo(240.0 / 11 + 900.0 / 71 + 4780.0 / 304 + 10, within());
    index(json, "distance", "value", 8.0 / 11, 8.0 / 11);
    index(json, "distance", "points", 240.0 / 11, 240.0 / 11);
    index(json, "requirements", "value", 30.0 / 71, 30.0 / 71);
    index(json, "procedures", "value", 50.0 / 63, 478.0 / 608);
    index(json, "procedures", "points", 1000.0 / 63, 4780.0 / 304);
    index(json, "levels", "value", 0.4, 0.5);
    index(json, "levels", "points", 8.0, 10.0);
  }

  /** The text report shows the index with the figures, in the reader's language. */
  @Test
  void theReportShowsTheIndexBeforeAndAfter() throws Exception {
    Path scenario = scenario("- removeLayer: 3");
    Cli.Run english = Cli.run("what-if", SmeVersions.SME.toString(), scenario.toString(), "--lang", "en",
        "--as-of", "2026-01-01");
    Cli.Run french = Cli.run("what-if", SmeVersions.SME.toString(), scenario.toString(), "--lang", "fr",
        "--format", "markdown", "--as-of", "2026-01-01");

    assertThat(english.out()).contains("Customer-centricity index").containsPattern("Excess levels: points +8 +10");
    assertThat(french.out()).contains("Indice d’orientation client")
        .containsPattern("\\| Niveaux en trop : note \\(0–1\\) \\| 0,4 \\| 0,5 \\|");
  }

  /**
   * The shops owe finance a weekly report: without that link the inversion goes, and the weekly
   * report procedure, which served that link, serves nobody any more — the only other change, and
   * it makes the report an internal control, as it now is.
   */
  @Test
  void removingTheShopsLinkToFinanceRemovesTheInversionAndListsExactlyThatChange() throws Exception {
    Cli.Run run = Cli.run("what-if", SmeVersions.SME.toString(),
        scenario("- removeLink: {from: ventes-magasins, to: finance}").toString(), "--format", "json",
        "--lang", "en", "--as-of", "2026-01-01");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());

    assertThat(json.at("/links/removed").findValuesAsString("from")).containsExactly("ventes-magasins");
    assertThat(json.at("/links/removed").findValuesAsString("to")).containsExactly("finance");
    assertThat(json.at("/procedures/changed").toString()).isEqualTo(
        "[{\"id\":\"rapport-ventes-hebdo\",\"field\":\"serves\",\"before\":[\"finance\"],\"after\":[]}]");
    for (String kind : List.of("people", "teams", "customers", "partners")) {
      assertThat(json.at("/" + kind).toString()).as(kind).isEqualTo("{\"added\":[],\"removed\":[],\"changed\":[]}");
    }
    assertThat(json.at("/links/added").size() + json.at("/links/changed").size()).isZero();
    assertThat(findings(json.at("/findings/disappeared"))).contains("INVERSION ventes-magasins->finance");
    assertThat(findings(json.at("/findings/appeared"))).containsExactly("INTERNAL_CONTROL rapport-ventes-hebdo");
  }

  @Test
  void theResultingModelIsWrittenAndReadsBackToTheSameDiagnosis() throws Exception {
    Path out = folder.resolve("flatter.yaml");
    Cli.Run run = Cli.run("what-if", SmeVersions.SME.toString(), scenario("- removeLayer: 3").toString(),
        "--out", out.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();

    Cli.Run diff = Cli.run("diff", SmeVersions.SME.toString(), out.toString(), "--format", "json", "--lang", "en");
    JsonNode json = JsonMapper.builder().build().readTree(diff.out());
    assertThat(figure(json, "headcount")).isEqualTo("500 478");
    assertThat(run.out()).contains("Cuisines Bocage & Fils");
  }

  @Test
  void anUnknownPersonAndACycleAreRefusedLocatedAndNothingIsWritten() throws Exception {
    Path out = folder.resolve("never.yaml");
    Path scenario = scenario("- move: {person: p-9999, manager: p-0001}\n  - move: {person: p-0001, manager: p-0014}");
    Cli.Run run = Cli.run("what-if", SmeVersions.SME.toString(), scenario.toString(), "--out", out.toString(),
        "--lang", "en");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(scenario + ":2:5: no person 'p-9999'")
        .contains(scenario + ":3:5: putting p-0001 under p-0014 would make a reporting cycle");
    assertThat(run.out()).isEmpty();
    assertThat(Files.exists(out)).isFalse();
  }

  private Path scenario(String operations) {
    return Cli.write(folder, "scenario.yaml", "operations:\n  " + operations + "\n");
  }

  private static String figure(JsonNode json, String path) {
    JsonNode figure = json.at("/figures/" + path);
    return figure.get("before").asString() + " " + figure.get("after").asString();
  }

  private static void index(JsonNode json, String component, String figure, double before, double after) {
    JsonNode both = json.at("/index/components/" + component + "/" + figure);
    assertThat(both.get("before").asDouble()).as(component + " " + figure).isCloseTo(before, within());
    assertThat(both.get("after").asDouble()).as(component + " " + figure).isCloseTo(after, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static List<String> findings(JsonNode findings) {
    List<String> codes = new ArrayList<>();
    findings.forEach(f -> codes.add(f.get("code").asString() + " " + f.get("subject").asString()));
    return codes;
  }
}
