package org.maillon.cli;

import static org.maillon.cli.Html.escape;

import java.io.PrintWriter;
import java.util.List;
import org.maillon.valuechain.NodeKind;

/**
 * Draws a report as one self-contained HTML page: styles inline, charts as inline SVG, nothing
 * fetched from the network, so that the file can be mailed or archived and still open anywhere.
 * Every text from the model is escaped.
 */
final class HtmlRenderer implements ReportRenderer {

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
      h1{border-bottom:3px solid #1565c0}h2{margin-top:2rem;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
      th{background:#f3f3f3}.figures td:first-child{color:#555}svg{max-width:100%;height:auto}
      .legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem}
      """;

  private final Messages messages;

  HtmlRenderer(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void render(Report report, PrintWriter out) {
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"" + messages.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">");
    out.println("<title>" + escape(report.title()) + "</title><style>" + STYLE + "</style></head><body>");
    out.println("<h1>" + escape(report.title()) + "</h1>");
    out.println("<p>" + escape(report.introduction()) + "</p>");
    for (Report.Section section : report.sections()) {
      out.println("<section><h2>" + escape(section.heading()) + "</h2>");
      section.blocks().forEach(block -> block(block, out));
      out.println("</section>");
    }
    out.println("</body></html>");
  }

  private void block(Report.Block block, PrintWriter out) {
    if (block instanceof Report.Paragraph paragraph) {
      out.println("<p>" + escape(paragraph.text()) + "</p>");
    } else if (block instanceof Report.Items items) {
      out.println("<ul>");
      items.items().forEach(item -> out.println("<li>" + escape(item) + "</li>"));
      out.println("</ul>");
    } else if (block instanceof Report.Figures figures) {
      out.println("<table class=\"figures\">");
      figures.figures().forEach(f -> out.println(row("td", List.of(f.label(), f.value()))));
      out.println("</table>");
    } else if (block instanceof Report.Table table) {
      out.println("<table><thead>" + row("th", table.header()) + "</thead><tbody>");
      table.rows().forEach(cells -> out.println(row("td", cells)));
      out.println("</tbody></table>");
    } else if (block instanceof Report.BarChart chart) {
      out.println("<figure>" + SvgCharts.bars(chart) + "<figcaption>" + escape(chart.caption()) + "</figcaption></figure>");
    } else if (block instanceof Report.Graph graph) {
      out.println("<figure>" + legend() + SvgCharts.graph(graph) + "<figcaption>" + escape(graph.caption())
          + "</figcaption></figure>");
    }
  }

  private static String row(String cell, List<String> cells) {
    StringBuilder row = new StringBuilder("<tr>");
    cells.forEach(text -> row.append('<').append(cell).append('>').append(escape(text)).append("</").append(cell).append('>'));
    return row.append("</tr>").toString();
  }

  private String legend() {
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    for (NodeKind kind : NodeKind.values()) {
      legend.append("<span><i style=\"background:").append(kind.colour()).append("\"></i>")
          .append(escape(messages.get("graph." + kind.name()))).append("</span>");
    }
    return legend.append("<span>").append(escape(messages.get("graph.apart"))).append("</span></p>").toString();
  }
}
