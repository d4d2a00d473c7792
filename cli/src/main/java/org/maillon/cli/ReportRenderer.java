package org.maillon.cli;

import java.io.PrintWriter;

/** Draws a {@link Report} in one output format; what the report says is already decided. */
interface ReportRenderer {

  void render(Report report, PrintWriter out);
}
