package org.maillon.cli;

import java.io.PrintWriter;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into the exit codes scripts rely on: 2 for a rejected model (every problem,
 * one a line) or a bad request, 1 for anything unexpected, in one line unless {@code --debug}.
 * Nothing goes to standard output, so a pipe never receives half a report.
 */
final class Failures implements IExecutionExceptionHandler {

  static final int UNEXPECTED = 1;
  static final int REJECTED = 2;

  @Override
  public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (failure instanceof ModelRejectedException rejected) {
      for (Problem problem : rejected.problems()) {
        err.println(problem);
      }
      return REJECTED;
    }
    if (failure instanceof UserError) {
      err.println("maillon: " + failure.getMessage());
      return REJECTED;
    }
    err.println("maillon: " + describe(failure));
    if (debug(commandLine)) {
      failure.printStackTrace(err);
    }
    return UNEXPECTED;
  }

  /** The first exception down the chain of causes that says something, in one line. */
  private static String describe(Throwable failure) {
    Throwable telling = failure;
    while (telling.getMessage() == null && telling.getCause() != null) {
      telling = telling.getCause();
    }
    String message = telling.getMessage() == null ? "" : ": " + telling.getMessage().lines().findFirst().orElse("");
    return telling.getClass().getSimpleName() + message;
  }

  /**
   * Whether {@code --debug} was given, found among the command's options wherever they were
   * declared: {@link CommonOptions} may be mixed into the command directly or through another mixin
   * ({@link DiffOptions}), and picocli lists a mixin's options, nested ones too, among the command's.
   */
  private static boolean debug(CommandLine commandLine) {
    OptionSpec debug = commandLine.getCommandSpec().findOption("--debug");
    return debug != null && Boolean.TRUE.equals(debug.getValue());
  }
}
