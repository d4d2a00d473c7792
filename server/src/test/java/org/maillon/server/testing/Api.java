package org.maillon.server.testing;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client on the running server, signing in with HTTP Basic or not at all. */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  /** What the server answered, read whole. */
  public record Reply(int status, HttpHeaders headers, String body) {

    public MediaType type() {
      return headers.getContentType();
    }

    public JsonNode json() {
      return JSON.readTree(body);
    }

    /** The Set-Cookie header that sets this cookie, its attributes included. */
    public String setCookie(String name) {
      return headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(cookie -> cookie.startsWith(name + "="))
          .findFirst().orElseThrow(() -> new AssertionError("No cookie " + name + " set in " + headers));
    }
  }

  private final RestClient client;
  private final String user;
  private final String password;

  private Api(RestClient client, String user, String password) {
    this.client = client;
    this.user = user;
    this.password = password;
  }

  /** A client that signs in with HTTP Basic when told to, and follows no redirect. */
  public static Api on(int port) {
    return on(port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
  }

  /** Like a browser: keeps the cookies the server sets, the session's among them. */
  public static Api browser(int port) {
    return on(port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .cookieHandler(new CookieManager()).build());
  }

  /** A client on the server at this port that sends its requests through this HTTP client. */
  public static Api on(int port, HttpClient http) {
    return new Api(RestClient.builder().baseUrl("http://localhost:" + port)
        .requestFactory(new JdkClientHttpRequestFactory(http)).build(), null, null);
  }

  /** A browser signed in through the sign-in form, its session cookie kept. */
  public static Api signedIn(int port, String user, String password) {
    Api browser = browser(port);
    Reply signIn = browser.postForm("/login",
        Map.of("username", user, "password", password, "_csrf", csrfToken(browser.get("/login", "text/html").body())));
    if (signIn.status() != 302 || signIn.headers().getLocation().getPath().equals("/login")) {
      throw new IllegalStateException("Could not sign in as " + user + ": " + signIn.status());
    }
    return browser;
  }

  /** The CSRF token of the first form in a page. */
  public static String csrfToken(String page) {
    Matcher token = CSRF.matcher(page);
    if (!token.find()) {
      throw new IllegalStateException("No CSRF token in the page");
    }
    return token.group(1);
  }

  /** Posts a form, as a browser does. */
  public Reply postForm(String path, Map<String, String> fields) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    return exchange(HttpMethod.POST, path, null, MediaType.APPLICATION_FORM_URLENCODED, form);
  }

  public Api as(String user, String password) {
    return new Api(client, user, password);
  }

  public Reply get(String path) {
    return get(path, null);
  }

  public Reply get(String path, String accept, String... headers) {
    return exchange(HttpMethod.GET, path, accept, null, null, headers);
  }

  public Reply post(String path, MediaType type, byte[] body) {
    return exchange(HttpMethod.POST, path, null, type, body);
  }

  public Reply post(String path, MediaType type, Object body) {
    return exchange(HttpMethod.POST, path, null, type, body);
  }

  /** Any method, for the tests that walk every endpoint. */
  public Reply send(HttpMethod method, String path, MediaType type, Object body) {
    return exchange(method, path, null, type, body);
  }

  public Reply put(String path, MediaType type, Object body) {
    return exchange(HttpMethod.PUT, path, null, type, body);
  }

  public Reply delete(String path) {
    return exchange(HttpMethod.DELETE, path, null, null, null);
  }

  /** A post with more headers, given as name, value, name, value… */
  public Reply post(String path, MediaType type, Object body, String... headers) {
    return exchange(HttpMethod.POST, path, null, type, body, headers);
  }

  private Reply exchange(HttpMethod method, String path, String accept, MediaType type, Object body,
      String... headers) {
    RestClient.RequestBodySpec request = client.method(method).uri(path);
    if (user != null) {
      request.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (accept != null) {
      request.header(HttpHeaders.ACCEPT, accept);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (type != null) {
      request.contentType(type);
    }
    if (body != null) {
      request.body(body);
    }
    return request.exchange((req, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
  }
}
