package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.testing.CostedOrganization;

/**
 * What the layers cost and what revenue a team reaches in the reports, on {@link CostedOrganization},
 * worked out by hand: ceo 200 and auditor 80 at depth 0 (280), vp 150 at depth 1, m1 100 and c 60 at depth 2
 * (160), a 50 at depth 3; b states no cost and is left out. 640 in all, 6 people of 7; management
 * is ceo, vp and m1: 450, 70.3 % of 640. Level 2 is 160 / 640 = 25 %. Shop serves retail (300)
 * directly and pro (100) through sales: 400 reached, 75 % at 1 hop, 25 % at 2.
 */
class CostsReportTests {

  @TempDir
  Path folder;

  @Test
  void theTextReportShowsWhatEachLayerAndManagementCost() {
    Cli.Run run = Cli.run("diagnose", model().toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();

    assertThat(run.out()).contains("over the 6 of 7 people whose cost the model states")
        .contains("640 in all, of which management (the managers) 450, that is 70.3%")
        .containsPattern("Level 2 +160 +25%")
        .containsPattern("Level 3 +50 +");
  }

  @Test
  void theFrenchMarkdownAndHtmlReportsShowItToo() {
    Cli.Run markdown = Cli.run("diagnose", model().toString(), "--lang", "fr", "--format", "markdown");
    assertThat(markdown.out()).contains("| Niveau 2 | 160 | 25\u00a0% |")
        .contains("sur les 6 personnes sur 7 dont le modèle indique le coût");
    Cli.Run html = Cli.run("diagnose", model().toString(), "--lang", "en", "--format", "html");
    assertThat(html.out()).contains("<th>Yearly cost</th>");
  }

  @Test
  void aModelWithoutCostsSaysNothingOfThem() {
    Cli.Run run = Cli.run("diagnose", Cli.write(folder, "spans.yaml", SpanMatrixReportTests.MODEL).toString(),
        "--lang", "en");
    assertThat(run.out()).doesNotContain("Yearly cost");
  }

  @Test
  void theTeamCardShowsTheRevenueReachedByDistance() {
    assertThat(Cli.run("team", "shop", model().toString(), "--lang", "en").out())
        .contains("Revenue reached: 400 a year, from 2 final customers stating a revenue (1 hop: 75%, 2 hops: 25%)");
    assertThat(Cli.run("team", "legal", model().toString(), "--lang", "en").out()).doesNotContain("Revenue");
  }

  /** Without vp (150), m1 and c report to ceo: 640 − 150 = 490, and depth 3 is gone. */
  @Test
  void whatIfShowsTheCostBeforeAndAfterAndTheSaving() {
    Path scenario = Cli.write(folder, "scenario.yaml", "operations:\n  - removeManager: vp\n");
    Cli.Run run = Cli.run("what-if", model().toString(), scenario.toString(), "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();

    assertThat(run.out()).contains("goes from 640 to 490: a saving of 150 a year")
        .containsPattern("Yearly cost of management +450 +300")
        .containsPattern("Yearly cost of level 1 +150 +160");
    Cli.Run french = Cli.run("what-if", model().toString(), scenario.toString(), "--lang", "fr");
    assertThat(french.out()).contains("passe de 640 à 490 : une économie de 150 par an");
  }

  private Path model() {
    return Cli.write(folder, "costs.yaml", CostedOrganization.YAML);
  }
}
