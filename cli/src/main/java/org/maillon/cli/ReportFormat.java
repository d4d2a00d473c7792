package org.maillon.cli;

/**
 * The formats of a command that prints a report or its JSON: the report's three drawings share one
 * {@link Report}, the JSON is the command's own contract.
 */
enum ReportFormat {
  TEXT, JSON, MARKDOWN, HTML;

  /** The drawing of a report in this format; JSON has none. */
  ReportRenderer renderer(Messages messages) {
    return switch (this) {
      case MARKDOWN -> new MarkdownRenderer();
      case HTML -> new HtmlRenderer(messages);
      case TEXT -> new TextRenderer();
      case JSON -> throw new IllegalStateException("JSON is written, not drawn");
    };
  }
}
