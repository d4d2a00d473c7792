package org.maillon.server.testing;

import java.util.regex.Pattern;

/** What a reader sees of a page, for tests that check a page speaks the reader's language. */
public final class PageText {

  /** A code such as {@code CLIMBING_APPROVAL_CIRCUIT}: six or more capitals and underscores. */
  public static final Pattern CODE = Pattern.compile("[A-Z_]{6,}");

  private PageText() {}

  /** The text of some HTML without its scripts, styles and tags, its entities decoded, its spaces collapsed. */
  public static String visible(String html) {
    return html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&").replaceAll("\\s+", " ").trim();
  }
}
