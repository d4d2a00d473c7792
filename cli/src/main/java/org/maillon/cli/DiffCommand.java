package org.maillon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diff.VersionDiff;
import org.maillon.diff.VersionDiffJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maillon diff}: what a new version of a model changes, before it is imported — the same
 * JSON as the server's version history, or a report.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compare two versions of an organisation model: what changed, every figure before and after, "
        + "and the findings that appeared or disappeared.")
final class DiffCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common;

  @Mixin
  DiagnosisDay day;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older model (YAML, JSON, or a CSV folder or zip).")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer model.")
  Path newer;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown|html",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Diagnosis before = ModelInput.read(older, common, err).diagnose(day.day());
    Diagnosis after = ModelInput.read(newer, common, err).diagnose(day.day());
    print(VersionDiff.between(before, after), after, format, common, spec.commandLine().getOut());
    return 0;
  }

  /** The diff as {@code maillon diff} prints it, for {@code what-if} too: its JSON, or a report. */
  static void print(VersionDiff diff, Diagnosis after, ReportFormat format, CommonOptions common, PrintWriter out) {
    if (format == ReportFormat.JSON) {
      VersionDiffJson.write(diff, out, common.locale());
    } else {
      Messages messages = common.messages();
      format.renderer(messages).render(DiffReport.build(diff, after.organization(), messages), out);
    }
    out.flush();
  }
}
