package org.maillon.server.themes;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops every token that holds a digit — numbers, dates, {@code 48h}, order references — because
 * they name no theme and would group unrelated answers. Linear in the length of each token.
 */
final class DigitFreeFilter extends FilteringTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  DigitFreeFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (Character.isDigit(buffer[i])) {
        return false;
      }
    }
    return true;
  }
}
