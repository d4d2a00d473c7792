package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layers × spans matrix and the wide spans in every report format, on a small organisation
 * worked out by hand: ceo leads m1 and m2 (span 2, range 2); m1 leads a (span 1), m2 leads b, c, d
 * (span 3, range 3–5): at depth 1 the spans are 1 and 3, median 2. One manager of three has a single
 * report (33.3 %); at --max-span 2, m2 is too wide.
 */
class SpanMatrixReportTests {

  static final String MODEL = """
      organization: Spans
      customers:
        - {id: retail, name: Retail}
      teams:
        - {id: sales, name: Sales, kind: front-line}
      people:
        - {id: ceo, name: Ann, team: sales}
        - {id: m1, name: Bob, team: sales, manager: ceo}
        - {id: m2, name: Cid, team: sales, manager: ceo}
        - {id: a, name: Dee, team: sales, manager: m1}
        - {id: b, name: Eve, team: sales, manager: m2}
        - {id: c, name: Fay, team: sales, manager: m2}
        - {id: d, name: Gus, team: sales, manager: m2}
      links:
        - {from: sales, to: retail, delivers: Goods}
      """;

  @TempDir
  Path folder;

  @Test
  void theTextReportShowsTheMatrixAndTheWideSpan() {
    Cli.Run run = Cli.run("diagnose", model().toString(), "--max-span", "2", "--lang", "en");
    assertThat(run.code()).as(run.err()).isZero();

    assertThat(run.out()).containsPattern("Layer +Managers +1 +2 +3-5 +6-8 +9-12 +13\\+ +Min span +Median span +Max span")
        .containsPattern("Level 0 +1 +0 +1 +0 +0 +0 +0 +2 +2 +2")
        .containsPattern("Level 1 +2 +1 +0 +1 +0 +0 +0 +1 +2 +3")
        .contains("Managers with a single direct report").contains("33.3%")
        .contains("Cid manages 3 direct reports, more than the 2 a manager can lead well.");
  }

  @Test
  void theFrenchMarkdownAndHtmlReportsShowItToo() {
    Cli.Run markdown = Cli.run("diagnose", model().toString(), "--max-span", "2", "--lang", "fr", "--format",
        "markdown");
    assertThat(markdown.out()).contains("| Niveau 1 | 2 | 1 | 0 | 1 | 0 | 0 | 0 | 1 | 2 | 3 |")
        .contains("Cid encadre 3 collaborateurs directs, plus que les 2 qu’un manager peut bien encadrer.");
    Cli.Run html = Cli.run("diagnose", model().toString(), "--lang", "en", "--format", "html");
    assertThat(html.out()).contains("<th>3-5</th>").doesNotContain("more than the");
  }

  @Test
  void aMaxSpanBelowOneIsRefused() {
    Cli.Run run = Cli.run("diagnose", model().toString(), "--max-span", "0", "--lang", "en");
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("--max-span must be at least 1, was 0.");
  }

  private Path model() {
    return Cli.write(folder, "spans.yaml", MODEL);
  }
}
