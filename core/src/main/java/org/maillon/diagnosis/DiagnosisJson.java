package org.maillon.diagnosis;

import java.io.Writer;
import java.util.Locale;

/**
 * Writes the diagnosis JSON of DESIGN.md, streaming, so that a million people never sit in memory
 * as a document. The same writer serves the CLI and the server.
 */
public final class DiagnosisJson {

  private DiagnosisJson() {}

  /**
   * @param summary leave out the {@code teams} and {@code people} arrays
   * @param locale the language of the findings' messages
   */
  public static void write(Diagnosis diagnosis, Writer out, boolean summary, Locale locale) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
