package org.maillon.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code maillon} entry point. It exists so that anyone can diagnose their organisation's
 * anti-value chain from a model file, without a server. Output is UTF-8 whatever the platform
 * default, since names and the French texts are not ASCII.
 */
@Command(
    name = "maillon",
    mixinStandardHelpOptions = true,
    version = "maillon 0.1.0",
    description = "Puts the customer back at the centre of every team.",
    subcommands = {DiagnoseCommand.class, DiffCommand.class, WhatIfCommand.class, MeCommand.class, TeamCommand.class, GenerateCommand.class})
public final class MaillonCommand implements Runnable {

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(out, err, args));
  }

  /** Runs the command line with the given writers and returns the exit code, for main and tests. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine().setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command line, writers aside: case-insensitive formats and the exit-code policy. */
  static CommandLine commandLine() {
    return new CommandLine(new MaillonCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Failures());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: diagnose, me or team");
  }
}
