package org.maillon.server.startup;

/**
 * Maillon cannot start, for a reason its operator can fix: a data folder it cannot write, a full
 * disk, a refused setting. Its message is the one line the operator reads ({@link CannotStartAnalysis}
 * prints it without a stack trace): what went wrong, where, and how to fix it.
 */
public class CannotStart extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public CannotStart(String message) {
    super(message);
  }

  public CannotStart(String message, Throwable cause) {
    super(message, cause);
  }

  /** The line printed for it: {@code maillon: } and the message. */
  public String line() {
    return "maillon: " + getMessage();
  }
}
