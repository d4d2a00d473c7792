package org.maillon.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID provider in the test JVM ({@code mock-oauth2-server}, on a free port, started once)
 * that the {@link SsoTest} server is configured to sign in through. It signs in whoever comes, at
 * once, with the claims the test queued for the next sign-in ({@link #next}).
 */
public final class TestOidcProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String ISSUER = "acme";
  static final String CLIENT = "maillon";
  private static MockOAuth2Server server;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of("maillon.sso.issuer-uri=" + server().issuerUrl(ISSUER),
        "maillon.sso.client-id=" + CLIENT, "maillon.sso.client-secret=not-checked-by-the-test-provider")
        .applyTo(context);
  }

  private static synchronized MockOAuth2Server server() {
    if (server == null) {
      server = new MockOAuth2Server();
      server.start();
    }
    return server;
  }

  /** The next sign-in at the provider gives an ID token for this subject, with these claims. */
  public static void next(String subject, Map<String, Object> claims) {
    server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT), claims, 3600));
  }

  /** What a sign-in through the provider gave: the page it landed on and a client in its session. */
  public record SignedIn(String landedOn, Api api) {}

  /**
   * Signs in as a browser does (from the server to the provider and back, each redirect followed
   * with the cookies kept) with the claims given, and returns where it landed with the session.
   */
  public static SignedIn signIn(int port, String subject, Map<String, Object> claims) {
    next(subject, claims);
    CookieManager cookies = new CookieManager();
    HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).cookieHandler(cookies).build();
    try {
      HttpResponse<Void> landed = following.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + port + "/oauth2/authorization/sso")).build(), HttpResponse.BodyHandlers.discarding());
      return new SignedIn(landed.uri().getPath(), Api.on(port,
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
