package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invitation tokens: 256 random bits each, URL-safe, and a hash that is not the token. */
class TokensTests {

  @Test
  void aTokenIs256BitsInBase64UrlWithoutPadding() {
    String token = Tokens.next();

    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      tokens.add(Tokens.next());
    }
    assertThat(tokens).hasSize(10_000);
  }

  @Test
  void theHashIsTheSha256InHex() {
    assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
