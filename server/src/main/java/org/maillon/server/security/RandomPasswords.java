package org.maillon.server.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Passwords generated for users nobody chose one for: 18 random bytes, 24 URL-safe characters. */
public final class RandomPasswords {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomPasswords() {}

  public static String next() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
