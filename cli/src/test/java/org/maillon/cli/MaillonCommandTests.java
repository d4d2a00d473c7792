package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.cli.Cli.run;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.modelfile.ModelFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The diagnose command, run in-process: formats, languages and exit codes. */
class MaillonCommandTests {

  @TempDir
  Path folder;

  Path kitchens;

  @BeforeEach
  void writeModel() {
    kitchens = Cli.write(folder, "kitchens.yaml", Cli.KITCHENS);
  }

  @Test
  void textTellsTheLegionComparisonInEnglish() {
    Cli.Run run = run("diagnose", Cli.write(folder, "sme.yaml", Cli.sme()).toString(), "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("For 500 people you have 5 levels between the top and the base; "
        + "Caesar's legion had 3 for 6,000 soldiers, with 60 officers.");
    assertThat(run.out()).contains("You have 5 officers (managers below the top).");
    assertThat(run.out().indexOf("Technocratisation")).isLessThan(run.out().indexOf("Bureaucratisation"));
    assertThat(run.out().indexOf("Bureaucratisation")).isLessThan(run.out().indexOf("Hierarchical obesity"));
    assertThat(run.out().indexOf("Hierarchical obesity")).isLessThan(run.out().indexOf("Action 1"));
    assertThat(run.out().indexOf("Action 5")).isLessThan(run.out().indexOf("Findings"));
  }

  @Test
  void textTellsTheLegionComparisonInFrench() {
    Cli.Run run = run("diagnose", Cli.write(folder, "sme.yaml", Cli.sme()).toString(), "--lang", "fr");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Pour 500 personnes, vous avez 5 niveaux entre le sommet et la base ; "
        + "la légion de César en avait 3 pour 6 000 soldats, avec 60 officiers.");
    assertThat(run.out()).contains("Vous avez 5 officiers (managers sous le sommet).");
  }

  @Test
  void textOnASmallModelUsesTheSingular() {
    Cli.Run run = run("diagnose", kitchens.toString(), "--lang", "en");

    assertThat(run.out()).contains("For 4 people you have 1 level between the top and the base;");
    assertThat(run.out()).contains("You have 1 officer (managers below the top).");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonIsExactlyTheDiagnosisJson() throws Exception {
    for (boolean summary : new boolean[] {false, true}) {
      StringWriter expected = new StringWriter();
      DiagnosisJson.write(DiagnosisEngine.diagnose(ModelFiles.read(kitchens, Locale.FRENCH).organization(),
          LocalDate.of(2026, 3, 1)), expected, summary, Locale.FRENCH);

      Cli.Run run = summary
          ? run("diagnose", kitchens.toString(), "--format", "json", "--lang", "fr", "--summary", "--as-of", "2026-03-01")
          : run("diagnose", kitchens.toString(), "--format", "json", "--lang", "fr", "--as-of", "2026-03-01");

      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo(expected.toString());
    }
  }

  @Test
  void targetSpanOverridesTheModelAndMustBeAtLeastTwo() {
    assertThat(run("diagnose", kitchens.toString(), "--format", "json", "--target-span", "3").out())
        .containsPattern("\"targetSpan\"\\s*:\\s*3");

    Cli.Run rejected = run("diagnose", kitchens.toString(), "--target-span", "1", "--lang", "en");
    assertThat(rejected.code()).isEqualTo(2);
    assertThat(rejected.out()).isEmpty();
    assertThat(rejected.err()).contains("--target-span must be at least 2");
  }

  @Test
  void aRejectedModelPrintsEveryProblemOnStandardErrorAndNothingElse() {
    Path broken = Cli.write(folder, "broken.yaml", "organization: [unclosed\n  teams: {\n");

    Cli.Run run = run("diagnose", broken.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).isNotEmpty().allMatch(line -> line.matches(".*broken\\.yaml:\\d+:\\d+: .+"));
  }

  @Test
  void modelWarningsGoToStandardErrorAndLeaveTheJsonAlone() {
    Path odd = Cli.write(folder, "odd.yaml", Cli.KITCHENS + "favourite: blue\n");

    Cli.Run run = run("diagnose", odd.toString(), "--format", "json");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("{").doesNotContain("favourite");
    assertThat(run.err().lines()).singleElement().asString().matches(".*odd\\.yaml:\\d+:\\d+: .*favourite.*");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("diagnose").code()).isEqualTo(2);
    assertThat(run("diagnose", kitchens.toString(), "--format", "pdf").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
  }

  /**
   * --debug is found wherever the command declares it: the common options mixed in directly, or
   * through the options diff and what-if share, a mixin of mixins.
   */
  @ParameterizedTest
  @ValueSource(classes = {CommonOptions.class, DiffOptions.class})
  void anUnexpectedFailureExitsWithOneAndOneLineUnlessDebug(Class<?> options) throws Exception {
    Cli.Run quiet = run(failing(options), "fail");
    assertThat(quiet.code()).isEqualTo(1);
    assertThat(quiet.out()).isEmpty();
    assertThat(quiet.err().lines()).containsExactly("maillon: IllegalStateException: disk on fire");

    Cli.Run debug = run(failing(options), "fail", "--debug");
    assertThat(debug.code()).isEqualTo(1);
    assertThat(debug.err()).contains("at org.maillon.cli");
  }

  @Test
  void aModelWithoutANameIsCalledTheOrganisationNotNone() {
    Path unnamed = Cli.write(folder, "unnamed.yaml", Cli.KITCHENS.replace("organization: Kitchens\n", ""));

    assertThat(run("diagnose", unnamed.toString(), "--lang", "en").out())
        .startsWith("Maillon diagnosis\n").contains("This organisation: 4 people").doesNotContain("— none");
    assertThat(run("diagnose", unnamed.toString(), "--lang", "fr").out())
        .startsWith("Diagnostic Maillon\n").contains("Cette organisation : 4 personnes").doesNotContain("— néant");
  }

  @Test
  void markdownIsAShareableReportWithTables() {
    Cli.Run run = run("diagnose", kitchens.toString(), "--format", "markdown", "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("# Maillon diagnosis — Kitchens").contains("| --- |").contains("## Findings");
    assertThat(run.out()).doesNotContain("<script>");
  }

  @Test
  void htmlIsSelfContainedEscapedAndDrawsTheChartAndTheGraph() {
    Cli.Run run = run("diagnose", kitchens.toString(), "--format", "html", "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>" + System.lineSeparator());
    assertThat(run.out()).doesNotContainPattern("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
    assertThat(run.out()).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;IT&#39;)&lt;/script&gt;");
    assertThat(run.out()).contains("Headcount by level").contains("marker-end=\"url(#arrow)\"");
    assertThat(run.out().split("<svg", -1)).hasSize(3);
  }

  @Test
  void aSummaryLeavesOutTheTeamTableAndListsFindingsByCode() {
    Cli.Run run = run("diagnose", kitchens.toString(), "--summary", "--lang", "en");

    assertThat(run.code()).isZero();
    assertThat(run.out()).doesNotContain("Uncovered expectations Unasked commitments");
    assertThat(run.out()).containsPattern("UNASKED_COMMITMENT +1");
    assertThat(run.out()).doesNotContainPattern("info +UNASKED_COMMITMENT");
  }

  /**
   * A command that breaks, to see how the command line reports what nobody expected, with these
   * options mixed in; configured again once added, as the real commands are when built.
   */
  private static CommandLine failing(Class<?> options) throws ReflectiveOperationException {
    var constructor = options.getDeclaredConstructor();
    constructor.setAccessible(true);
    CommandLine failing = new CommandLine(new Failing()).addMixin("options", constructor.newInstance());
    return MaillonCommand.commandLine().addSubcommand(failing).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {

    @Override
    public Integer call() {
      throw new IllegalStateException("disk on fire", new RuntimeException());
    }
  }
}
