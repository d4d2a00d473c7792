package org.maillon.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.diagnosis.DiagnosisWorkbook;
import org.maillon.model.Settings;
import org.maillon.modelfile.LoadedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maillon diagnose}: the anti-value chain of a model, as a report or as the diagnosis JSON. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
    description = "Diagnose the anti-value chain of an organisation model (YAML, JSON, an .xlsx workbook, or a CSV"
        + " folder or zip).")
final class DiagnoseCommand implements Callable<Integer> {

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|FOLDER|ZIP|XLSX", description = "The organisation model.")
  Path model;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown|html|xlsx",
      description = "Output format (default: ${DEFAULT-VALUE}); xlsx needs --out.")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path output;

  @Option(names = "--target-span", paramLabel = "N",
      description = "Direct reports a manager can lead well, instead of the model's settings.targetSpan.")
  Integer targetSpan;

  @Option(names = "--min-flow-efficiency", paramLabel = "SHARE",
      description = "Share of a procedure's lead time its work should fill at least (0 to 1), instead of the model's"
          + " settings.minFlowEfficiency.")
  Double minFlowEfficiency;
  @Option(names = "--pending-days", paramLabel = "N",
      description = "Days a link may wait for its customer's confirmation, instead of the model's settings.pendingDays.")
  Integer pendingDays;

  @Option(names = "--max-span", paramLabel = "N",
      description = "Direct reports past which a span is too wide, instead of the model's settings.maxSpan.")
  Integer maxSpan;

  @Mixin
  DiagnosisDay day;

  @Option(names = "--summary", description = "Leave out the per-team and per-person details.")
  boolean summary;

  @Override
  public Integer call() throws Exception {
    Messages messages = common.messages();
    if (targetSpan != null && targetSpan < Settings.MIN_TARGET_SPAN) {
      throw new UserError(messages.get("error.targetSpan", targetSpan, Settings.MIN_TARGET_SPAN));
    }
    if (minFlowEfficiency != null && !Settings.validMinFlowEfficiency(minFlowEfficiency)) {
      throw new UserError(messages.get("error.minFlowEfficiency", minFlowEfficiency));
    }
    if (pendingDays != null && pendingDays < Settings.MIN_PENDING_DAYS) {
      throw new UserError(messages.get("error.pendingDays", pendingDays, Settings.MIN_PENDING_DAYS));
    }
    if (format == ReportFormat.XLSX && output == null) {
      throw new UserError(messages.get("error.xlsxOut"));
    }
    if (maxSpan != null && maxSpan < Settings.MIN_MAX_SPAN) {
      throw new UserError(messages.get("error.maxSpan", maxSpan, Settings.MIN_MAX_SPAN));
    }
    LoadedModel loaded = ModelInput.read(model, common, spec.commandLine().getErr());
    Diagnosis diagnosis = loaded.withSettings(overridden(loaded.organization().settings())).diagnose(day.day());
    if (format == ReportFormat.XLSX) {
      try (OutputStream out = Files.newOutputStream(output)) {
        DiagnosisWorkbook.write(diagnosis, out, summary, common.locale());
      }
      return 0;
    }
    try (PrintWriter file = output == null ? null : new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      write(diagnosis, messages, file == null ? spec.commandLine().getOut() : file);
    }
    return 0;
  }

  private void write(Diagnosis diagnosis, Messages messages, PrintWriter out) {
    if (format == ReportFormat.JSON) {
      DiagnosisJson.write(diagnosis, out, summary, common.locale());
    } else {
      Report report = ReportBuilder.build(diagnosis, messages, summary, format == ReportFormat.HTML);
      format.renderer(messages).render(report, out);
    }
    out.flush();
  }

  /** The model's settings with those the options give instead. */
  private Settings overridden(Settings settings) {
    Settings spanned = targetSpan == null ? settings : settings.withTargetSpan(targetSpan);
    Settings floored = minFlowEfficiency == null ? spanned : spanned.withMinFlowEfficiency(minFlowEfficiency);
    Settings waiting = pendingDays == null ? floored : floored.withPendingDays(pendingDays);
    return maxSpan == null ? waiting : waiting.withMaxSpan(maxSpan);
  }
}
