package org.maillon.cli;

import static org.maillon.cli.Html.escape;

import java.util.HashMap;
import java.util.Map;
import org.maillon.valuechain.NodeKind;

/**
 * Inline SVG drawings for the html report: bars of headcount by level, and the value chain as
 * boxes in columns joined by arrows. Plain strings, no script, so the page needs no network.
 */
final class SvgCharts {

  private static final int LABEL_WIDTH = 130;
  private static final int BAR_AREA = 420;
  private static final int BAR_HEIGHT = 22;
  private static final int BOX_WIDTH = 160;
  private static final int BOX_HEIGHT = 30;
  private static final int COLUMN_WIDTH = 220;
  private static final int ROW_HEIGHT = 42;
  private static final int LABEL_CHARS = 22;
  private static final int HEADER = 28;

  private SvgCharts() {}

  static String bars(Report.BarChart chart) {
    long max = Math.max(1, chart.bars().stream().mapToLong(Report.Bar::value).max().orElse(1));
    int height = chart.bars().size() * BAR_HEIGHT + 10;
    int width = LABEL_WIDTH + BAR_AREA + 90;
    StringBuilder svg = open(width, height);
    int y = 5;
    for (Report.Bar bar : chart.bars()) {
      long length = bar.value() * BAR_AREA / max;
      svg.append(text(0, y + 15, "start", bar.label()))
          .append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#1565c0\"/>",
              LABEL_WIDTH, y + 3, length, BAR_HEIGHT - 6))
          .append(text(LABEL_WIDTH + (int) length + 6, y + 15, "start", bar.shown()));
      y += BAR_HEIGHT;
    }
    return svg.append("</svg>").toString();
  }

  static String graph(Report.Graph block) {
    ValueChainGraph graph = block.graph();
    Map<String, int[]> at = positions(graph);
    int width = Math.max(graph.columns(), 1) * COLUMN_WIDTH;
    int height = at.values().stream().mapToInt(p -> p[1]).max().orElse(0) + BOX_HEIGHT + 10;
    StringBuilder svg = open(width, height);
    svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
        .append("markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#888\"/></marker></defs>");
    for (int column = 0; column < block.columnHeadings().size(); column++) {
      svg.append(text(10 + column * COLUMN_WIDTH + BOX_WIDTH / 2, 16, "middle", block.columnHeadings().get(column)));
    }
    graph.nodes().stream().filter(ValueChainGraph.Node::apart).findFirst().ifPresent(first ->
        svg.append(text(10, at.get(first.id())[1] - 10, "start", block.apartHeading())));
    for (ValueChainGraph.Edge edge : graph.edges()) {
      svg.append(arrow(at.get(edge.from()), at.get(edge.to())));
    }
    for (ValueChainGraph.Node node : graph.nodes()) {
      svg.append(box(node, at.get(node.id())));
    }
    return svg.append("</svg>").toString();
  }

  /** Top-left corners of the layout's cells: columns under their headings, the nodes set apart in a grid below. */
  private static Map<String, int[]> positions(ValueChainGraph graph) {
    Map<String, int[]> at = new HashMap<>();
    for (ValueChainGraph.Node node : graph.nodes()) {
      at.put(node.id(), new int[] {10 + node.column() * COLUMN_WIDTH, HEADER + node.row() * ROW_HEIGHT});
    }
    return at;
  }

  /** Forward links run right edge to left edge; links within a column or backward loop on the right. */
  private static String arrow(int[] from, int[] to) {
    int x1 = from[0] + BOX_WIDTH;
    int y1 = from[1] + BOX_HEIGHT / 2;
    boolean forward = to[0] > from[0];
    int x2 = forward ? to[0] : to[0] + BOX_WIDTH;
    int y2 = to[1] + BOX_HEIGHT / 2;
    int c1 = forward ? x1 + (x2 - x1) / 2 : Math.max(x1, x2) + 50;
    int c2 = forward ? x2 - (x2 - x1) / 2 : c1;
    return String.format("<path d=\"M%d,%d C%d,%d %d,%d %d,%d\" fill=\"none\" stroke=\"#888\" "
        + "marker-end=\"url(#arrow)\"/>", x1, y1, c1, y1, c2, y2, x2, y2);
  }

  private static String box(ValueChainGraph.Node node, int[] at) {
    String label = node.label().length() > LABEL_CHARS ? node.label().substring(0, LABEL_CHARS - 1) + "…" : node.label();
    return String.format("<g><title>%s (%s)</title><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\" "
            + "fill=\"%s\"%s/>", escape(node.label()), escape(node.id()), at[0], at[1], BOX_WIDTH, BOX_HEIGHT,
        node.kind().colour(), node.apart() ? " stroke=\"" + NodeKind.APART_COLOUR + "\" stroke-width=\"3\"" : "")
        + text(at[0] + BOX_WIDTH / 2, at[1] + 19, "middle", label).replace("<text ", "<text fill=\"#fff\" ")
        + "</g>";
  }

  private static StringBuilder open(int width, int height) {
    return new StringBuilder(String.format("<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
        + "font-family=\"sans-serif\" font-size=\"12\">", width, height, width, height));
  }

  private static String text(int x, int y, String anchor, String content) {
    return String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(content));
  }
}
