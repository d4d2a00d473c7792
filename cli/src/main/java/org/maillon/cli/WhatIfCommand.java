package org.maillon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diff.VersionDiff;
import org.maillon.model.Organization;
import org.maillon.modelfile.LoadedModel;
import org.maillon.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maillon what-if}: what a scenario would change before anyone reorganises — the diff of
 * the organisation and the one the scenario makes of it, exactly as {@code maillon diff} prints
 * two versions. A scenario that cannot apply is refused, every problem located, and nothing written.
 */
@Command(name = "what-if", mixinStandardHelpOptions = true,
    description = "Apply a scenario (moves, removed managers or layers, merged teams, relinks…) to a model and "
        + "print what it changes, as maillon diff does; --out writes the resulting model.")
final class WhatIfCommand implements Callable<Integer> {

  @Mixin
  DiffOptions options;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model (YAML, JSON, or a CSV folder or zip).")
  Path model;

  @Parameters(index = "1", paramLabel = "SCENARIO", description = "The scenario (YAML or JSON), docs/scenarios.md.")
  Path scenario;

  @Option(names = "--out", paramLabel = "NEW_MODEL",
      description = "Write the resulting model: .yaml, .yml or .json, else a folder of CSV files.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    LoadedModel loaded = ModelInput.read(model, options.common, err);
    Organization changed = Scenario.read(scenario, options.common.locale()).applyTo(loaded.organization());
    if (out != null) {
      ModelOutput.write(changed, out, null);
    }
    Diagnosis before = loaded.diagnose(options.day.day());
    Diagnosis after = DiagnosisEngine.diagnose(changed, options.day.day());
    options.print(VersionDiff.between(before, after), after, spec.commandLine().getOut());
    return 0;
  }
}
