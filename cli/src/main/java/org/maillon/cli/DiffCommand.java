package org.maillon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diff.VersionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maillon diff}: what a new version of a model changes, before it is imported — the same
 * JSON as the server's version history, or a report.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compare two versions of an organisation model: what changed, every figure and the "
        + "customer-centricity index before and after, and the findings that appeared or disappeared.")
final class DiffCommand implements Callable<Integer> {

  @Mixin
  DiffOptions options;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older model (YAML, JSON, or a CSV folder or zip).")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer model.")
  Path newer;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Diagnosis before = ModelInput.read(older, options.common, err).diagnose(options.day.day());
    Diagnosis after = ModelInput.read(newer, options.common, err).diagnose(options.day.day());
    options.print(VersionDiff.between(before, after), after, spec.commandLine().getOut());
    return 0;
  }
}
