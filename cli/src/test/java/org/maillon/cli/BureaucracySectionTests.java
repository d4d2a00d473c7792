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
  void everyFormatGivesTheFlowEfficiencyAndTheProceduresBelowTheFloor() {
    // 11.5 hours of work over 1,374 hours of lead time (examples/sme.yaml): 0.84 %, shown as 0.8 %.
    for (String format : new String[] {"text", "markdown", "html"}) {
      String out = run("diagnose", SME, "--format", format, "--lang", "en").out();
      assertThat(out).as(format).contains("0.8% of their lead time is work, over the 6 of 13 procedures")
          .contains("work below 5% of the lead time: 4 (achat-outillage, geste-commercial-sav,")
          .contains("Procedure Notes de frais of Finance et contrôle de gestion takes 15 days");
    }
    String json = run("diagnose", SME, "--summary", "--format", "json").out();
    assertThat(json).contains("\"timedProcedures\" : 6", "\"minFlowEfficiency\" : 0.05");
  }

  @Test
  void theFloorComesFromTheOptionAndMustBeAShare() {
    String out = run("diagnose", SME, "--min-flow-efficiency", "0.01", "--lang", "en").out();
    assertThat(out).contains("work below 1% of the lead time: 3 (achat-outillage, geste-commercial-sav,");
    Cli.Run wrong = run("diagnose", SME, "--min-flow-efficiency", "1.5", "--lang", "en");
    assertThat(wrong.code()).isNotZero();
    assertThat(wrong.err()).contains("--min-flow-efficiency must be from 0 to 1, was 1.5.");
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
