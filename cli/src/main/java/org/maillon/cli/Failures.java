package org.maillon.cli;

import java.io.PrintWriter;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
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

  private static boolean debug(CommandLine commandLine) {
    Object options = commandLine.getMixins().get("common");
    return options instanceof CommonOptions common && common.debug;
  }
}
