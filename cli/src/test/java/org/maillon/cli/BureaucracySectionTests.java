package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.cli.Cli.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SME example's procedures in the bureaucratisation section of every format, and in the summary
 * JSON; its unmatched agreements in the technocratisation section.
 */
class BureaucracySectionTests {

  private static final String SME = Path.of("..", "examples", "sme.yaml").toString();

  @Test
  void everyReportFormatShowsTheFiguresInTheSecondLink() {
    for (String format : new String[] {"text", "markdown", "html"}) {
      String out = run("diagnose", SME, "--format", format, "--lang", "en").out();
      int second = out.indexOf("2. Bureaucratisation");
      int third = out.indexOf("3. Hierarchical obesity");
      assertThat(out.indexOf("13 (2.6 per 100 people)")).as(format).isBetween(second, third);
      assertThat(out.indexOf("more than 2 levels above the team")).as(format).isBetween(second, third);
      assertThat(out.indexOf("Per 100 members")).as(format).isBetween(second, third);
      assertThat(out.indexOf("Procedures serving no customer")).as(format).isBetween(second, third);
    }
  }

  @Test
  void theUnmatchedAgreementsAreTechnocratisationNotBureaucratisation() {
    String out = run("diagnose", SME, "--format", "text", "--lang", "en").out();
    int first = out.indexOf("1. Technocratisation");
    int second = out.indexOf("2. Bureaucratisation");
    assertThat(out.indexOf("commitments that no customer asked for")).isBetween(first, second);
    assertThat(out.indexOf("and no commitment answers it.")).isBetween(first, second);
    String french = run("diagnose", SME, "--format", "text", "--lang", "fr").out();
    assertThat(french.indexOf("engagements qu’aucun client n’a demandés"))
        .isBetween(french.indexOf("1. Technocratisation"), french.indexOf("2. Bureaucratisation"));
  }

  @Test
  void aSummaryKeepsTheFiguresButNotThePerTeamTable() {
    String out = run("diagnose", SME, "--summary", "--lang", "fr").out();
    assertThat(out).contains("13 (2,6 pour 100 personnes)").doesNotContain("Pour 100 membres");
    String json = run("diagnose", SME, "--summary", "--format", "json").out();
    assertThat(json).contains("\"bureaucracy\"").contains("\"climbingCircuits\" : [ \"achat-outillage\" ]")
        .doesNotContain("\"procedures\" : [ {");
  }
}
