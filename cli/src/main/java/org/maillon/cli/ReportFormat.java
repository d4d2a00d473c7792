package org.maillon.cli;

/**
 * The formats of a command that prints a report or its JSON: the report's three drawings share one
 * {@link Report}, the JSON is the command's own contract, the workbook (XLSX) a spreadsheet's sheets
 * written by the core, as the server writes them.
 */
enum ReportFormat {
  TEXT, JSON, MARKDOWN, HTML, XLSX;

  /** The drawing of a report in this format; JSON and XLSX have none. */
  ReportRenderer renderer(Messages messages) {
    return switch (this) {
      case MARKDOWN -> new MarkdownRenderer();
      case HTML -> new HtmlRenderer(messages);
      case TEXT -> new TextRenderer();
      case JSON, XLSX -> throw new IllegalStateException(this + " is written, not drawn");
    };
  }
}
