package org.maillon.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --as-of}: the day a diagnosis is made, to which links waiting for their customer's
 * confirmation are counted; today when not given. Shared by the commands that diagnose, so that the
 * same model gives the same output whatever the day it is run on, when the day is given.
 */
final class DiagnosisDay {

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day the diagnosis is made, to which pending links are counted (default: today).")
  LocalDate asOf;

  LocalDate day() {
    return asOf == null ? LocalDate.now() : asOf;
  }
}
