package org.maillon.server.security;

import java.util.Locale;

/**
 * One try at signing in: the user name typed and the client's address. Both are kept as keys of
 * the throttle, lower-cased and cut to 100 characters (the longest user name), so that a name in
 * another case counts as the same account and a kilobyte-long one costs no more memory.
 */
public record SignInAttempt(String username, String address) {

  static final int LONGEST_KEY = 100;

  public SignInAttempt {
    username = key(username);
    address = key(address);
  }

  private static String key(String text) {
    String known = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return known.length() > LONGEST_KEY ? known.substring(0, LONGEST_KEY) : known;
  }
}
