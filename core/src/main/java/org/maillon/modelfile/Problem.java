package org.maillon.modelfile;

import java.io.Serializable;

/**
 * One thing wrong (or worth a warning) in a model file, where the user can find it. Lines and
 * columns are 1-based; column 0 means "no column" (CSV), line 0 means "the file as a whole".
 * Serializable, so that a server can carry warnings from one page to the next in a session.
 */
public record Problem(String file, int line, int column, String message) implements Serializable {

  @Override
  public String toString() {
    if (line == 0) {
      return file + ": " + message;
    }
    if (column == 0) {
      return file + ":" + line + ": " + message;
    }
    return file + ":" + line + ":" + column + ": " + message;
  }
}
