package org.maillon.cli;

import java.io.PrintWriter;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diff.VersionDiff;
import org.maillon.diff.VersionDiffJson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that print a diff, {@code maillon diff} and {@code maillon what-if},
 * and the printing itself: one diff, one set of options, so that both commands read and print alike
 * and an option added to one is there for the other.
 */
final class DiffOptions {

  @Mixin
  CommonOptions common;

  @Mixin
  DiagnosisDay day;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown|html",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  /** The diff in the chosen format: its JSON, or a report named after the newer organisation. */
  void print(VersionDiff diff, Diagnosis after, PrintWriter out) {
    if (format == ReportFormat.JSON) {
      VersionDiffJson.write(diff, out, common.locale());
    } else {
      Messages messages = common.messages();
      format.renderer(messages).render(DiffReport.build(diff, after.organization(), messages), out);
    }
    out.flush();
  }
}
