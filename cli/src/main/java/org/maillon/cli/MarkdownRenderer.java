package org.maillon.cli;

import java.io.PrintWriter;
import java.util.List;

/** Draws a report as Markdown, to paste into a wiki or an issue: figures and charts become tables. */
final class MarkdownRenderer implements ReportRenderer {

  @Override
  public void render(Report report, PrintWriter out) {
    out.println("# " + inline(report.title()));
    out.println();
    out.println(inline(report.introduction()));
    for (Report.Section section : report.sections()) {
      out.println();
      out.println("## " + inline(section.heading()));
      section.blocks().forEach(block -> block(block, out));
    }
  }

  private static void block(Report.Block block, PrintWriter out) {
    out.println();
    if (block instanceof Report.Paragraph paragraph) {
      out.println(inline(paragraph.text()));
    } else if (block instanceof Report.Items items) {
      items.items().forEach(item -> out.println("- " + inline(item)));
    } else if (block instanceof Report.Figures figures) {
      table(List.of("", ""), figures.figures().stream().map(f -> List.of(f.label(), f.value())).toList(), out);
    } else if (block instanceof Report.Table table) {
      table(table.header(), table.rows(), out);
    } else if (block instanceof Report.BarChart chart) {
      out.println("**" + inline(chart.caption()) + "**");
      out.println();
      table(List.of("", ""), chart.bars().stream().map(bar -> List.of(bar.label(), bar.shown())).toList(), out);
    }
  }

  private static void table(List<String> header, List<List<String>> rows, PrintWriter out) {
    row(header, out);
    out.println("|" + " --- |".repeat(header.size()));
    rows.forEach(row -> row(row, out));
  }

  private static void row(List<String> cells, PrintWriter out) {
    StringBuilder line = new StringBuilder("|");
    cells.forEach(cell -> line.append(' ').append(inline(cell).replace("|", "\\|")).append(" |"));
    out.println(line);
  }

  /** Escapes what Markdown or an HTML-rendering viewer would otherwise interpret in names. */
  private static String inline(String text) {
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*", "\\*").replace("_", "\\_").replace("\n", " ");
  }
}
