package org.maillon.server.themes;

/** The themes analysis as the application builds it, for tests of the modules that use it. */
public final class ThemesForTests {

  private ThemesForTests() {}

  public static VerbatimThemes analysis() {
    return new LuceneVerbatimThemes();
  }
}
