package org.maillon.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;

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

  /** The email the demo SME's lead of in-store sales (p-0051) is given, in the case an HR export might write it. */
  public static final String LEAD_EMAIL = "Aurelie.Martinez@bocage.example";

  /**
   * Imports the demo SME with an email for the lead of in-store sales ({@link #LEAD_EMAIL}), the
   * only person single sign-on can then recognise, and returns the admin's client.
   */
  public static Api importTheSmeWithTheLeadsEmail(int port) {
    String sme = new String(ExampleModels.bytes("sme.yaml"), StandardCharsets.UTF_8)
        .replace("{id: p-0051,", "{id: p-0051, email: " + LEAD_EMAIL + ",");
    Api admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    Api.Reply imported = admin.post("/api/model", MediaType.parseMediaType("application/yaml"),
        sme.getBytes(StandardCharsets.UTF_8));
    if (imported.status() != 201) {
      throw new IllegalStateException("The SME with an email did not import: " + imported.body());
    }
    return admin;
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
