package org.maillon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Draws a report for a terminal: underlined headings, aligned figures and tables, bars of blocks. */
final class TextRenderer implements ReportRenderer {

  private static final int BAR_WIDTH = 40;

  @Override
  public void render(Report report, PrintWriter out) {
    underline(out, report.title(), '=');
    out.println(report.introduction());
    for (Report.Section section : report.sections()) {
      out.println();
      underline(out, section.heading(), '-');
      section.blocks().forEach(block -> block(block, out));
    }
  }

  private static void underline(PrintWriter out, String heading, char rule) {
    out.println(heading);
    out.println(String.valueOf(rule).repeat(heading.length()));
  }

  private static void block(Report.Block block, PrintWriter out) {
    if (block instanceof Report.Paragraph paragraph) {
      out.println(paragraph.text());
    } else if (block instanceof Report.Items items) {
      items.items().forEach(item -> out.println("  • " + item));
    } else if (block instanceof Report.Figures figures) {
      int width = figures.figures().stream().mapToInt(f -> f.label().length()).max().orElse(0);
      figures.figures().forEach(f -> out.println("  " + pad(f.label(), width) + "  " + f.value()));
    } else if (block instanceof Report.Table table) {
      table(table, out);
    } else if (block instanceof Report.BarChart chart) {
      bars(chart, out);
    }
  }

  private static void table(Report.Table table, PrintWriter out) {
    int[] widths = new int[table.header().size()];
    for (List<String> row : concat(table.header(), table.rows())) {
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    line(table.header(), widths, out);
    out.println("  " + String.join(" ", Arrays.stream(widths).mapToObj("─"::repeat).toList()));
    for (List<String> row : table.rows()) {
      line(row, widths, out);
    }
  }

  private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>(rows);
    all.add(0, header);
    return all;
  }

  private static void line(List<String> cells, int[] widths, PrintWriter out) {
    StringBuilder line = new StringBuilder(" ");
    for (int column = 0; column < cells.size(); column++) {
      line.append(' ').append(pad(cells.get(column), widths[column]));
    }
    out.println(line.toString().stripTrailing());
  }

  private static void bars(Report.BarChart chart, PrintWriter out) {
    out.println(chart.caption());
    long max = chart.bars().stream().mapToLong(Report.Bar::value).max().orElse(0);
    int width = chart.bars().stream().mapToInt(bar -> bar.label().length()).max().orElse(0);
    for (Report.Bar bar : chart.bars()) {
      int length = max == 0 ? 0 : (int) Math.max(bar.value() > 0 ? 1 : 0, bar.value() * BAR_WIDTH / max);
      out.println("  " + pad(bar.label(), width) + " │" + "█".repeat(length) + " " + bar.shown());
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
