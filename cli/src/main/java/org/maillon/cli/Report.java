package org.maillon.cli;

import java.util.List;

/**
 * What a diagnosis report says, independent of how it looks: a title, an introduction, then
 * sections made of blocks. The text, markdown and html renderers all draw this same model, so the
 * three formats never disagree.
 */
record Report(String title, String introduction, List<Section> sections) {

  Report {
    sections = List.copyOf(sections);
  }

  /** One part of the report, such as a link of the anti-value chain or one of the five actions. */
  record Section(String heading, List<Block> blocks) {

    Section {
      blocks = List.copyOf(blocks);
    }
  }

  /** A piece of a section; each renderer knows how to draw every kind. */
  sealed interface Block permits Paragraph, Items, Figures, Table, BarChart, Graph {}

  /** A sentence or two. */
  record Paragraph(String text) implements Block {}

  /** A bulleted list. */
  record Items(List<String> items) implements Block {

    Items {
      items = List.copyOf(items);
    }
  }

  /** Named figures, one a line. */
  record Figures(List<Figure> figures) implements Block {

    Figures {
      figures = List.copyOf(figures);
    }
  }

  record Figure(String label, String value) {}

  /** Rows of cells under a header; every row has as many cells as the header. */
  record Table(List<String> header, List<List<String>> rows) implements Block {

    Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  /** Counts to compare at a glance, such as the headcount of each hierarchical level. */
  record BarChart(String caption, List<Bar> bars) implements Block {

    BarChart {
      bars = List.copyOf(bars);
    }
  }

  /** One bar: its label, its value, and the value as the reader's language writes it. */
  record Bar(String label, long value, String shown) {}

  /**
   * The value chain as a drawing, only in reports whose format can draw: one heading per column,
   * and one for the teams set apart.
   */
  record Graph(String caption, ValueChainGraph graph, List<String> columnHeadings, String apartHeading)
      implements Block {

    Graph {
      columnHeadings = List.copyOf(columnHeadings);
    }
  }
}
