package org.maillon.cli;

/**
 * A request the command cannot serve because of what the user asked (an unknown id, a target span
 * below 2): it ends with exit code 2 and its message alone, like a usage error.
 */
final class UserError extends RuntimeException {

  UserError(String message) {
    super(message);
  }
}
