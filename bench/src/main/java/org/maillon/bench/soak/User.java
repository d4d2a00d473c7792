package org.maillon.bench.soak;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One user of the demo, as a browser with its session (pages) and as a script with HTTP Basic
 * (the API). A page that sends back to the sign-in form is recorded as unexpected, then the user
 * signs in again and the page is fetched once more: a lost session shows without stopping the run.
 */
final class User {

  private final Server server;
  private final String name;
  private final String basic;
  private final String password;
  private final Cookies cookies = new Cookies();

  User(Server server, String name, String password) {
    this.server = server;
    this.name = name;
    this.password = password;
    this.basic = "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The same user in a browser of their own, not signed in yet. */
  User newBrowser() {
    return new User(server, name, password);
  }

  /** Signs out with the form of the page last shown, as the menu's button does. */
  void signOut(Server.Reply page) {
    submit("sign-out", "POST /logout", "/logout", page.body(), Map.of(), 302);
  }

  /** Signs in through the form, as a browser does: the form's CSRF token, then the post. */
  synchronized void signIn() {
    cookies.clear();
    Server.Reply form = server.send("sign-in", "/login", cookies.on(server.request("/login")).GET().build(), 200);
    cookies.keep(form);
    Server.Reply signedIn = server.send("sign-in", "POST /login", cookies.on(server.request("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(form(Map.of("username", name, "password", password, "_csrf", Cookies.csrf(form.body())))).build(), 302);
    cookies.keep(signedIn);
    if (signedIn.header("Location").orElse("").contains("error")) {
      throw new IllegalStateException(name + " could not sign in: " + signedIn.header("Location").orElse(""));
    }
  }

  /**
   * A page, signed in: 200 expected, or a redirect to another page (as {@code /me} to one's place),
   * which is followed as a browser would. A redirect to the sign-in form is not expected.
   */
  Server.Reply page(String kind, String endpoint, String path) {
    Server.Reply reply = server.send(kind, endpoint, cookies.on(server.request(path)).GET().build(), User::shown);
    if (toSignIn(reply)) {
      signIn();
      reply = server.send(kind, endpoint, cookies.on(server.request(path)).GET().build(), User::shown);
    }
    if (reply.status() == 302 && !toSignIn(reply)) {
      String target = URI.create(reply.header("Location").orElseThrow()).getRawPath();
      reply = server.send(kind, endpoint + " (redirected)", cookies.on(server.request(target)).GET().build(), 200);
    }
    return reply;
  }

  private static boolean shown(Server.Reply reply) {
    return reply.status() == 200 || reply.status() == 302 && !toSignIn(reply);
  }

  private static boolean toSignIn(Server.Reply reply) {
    return reply.status() == 302 && reply.header("Location").orElse("").contains("/login");
  }

  /** A page's form posted with the CSRF token of the page it was on. */
  Server.Reply submit(String kind, String endpoint, String path, String formPage, Map<String, String> fields,
      int... expected) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", Cookies.csrf(formPage));
    return server.send(kind, endpoint, cookies.on(server.request(path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(form(withToken)).build(), expected);
  }

  Server.Reply get(String kind, String endpoint, String path, int... expected) {
    return server.send(kind, endpoint, server.request(path).header("Authorization", basic).GET().build(), expected);
  }

  Server.Reply post(String kind, String endpoint, String path, String contentType, byte[] body, int... expected) {
    return server.send(kind, endpoint, server.request(path).header("Authorization", basic)
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), expected);
  }

  Server.Reply postJson(String kind, String endpoint, String path, String json, int... expected) {
    return post(kind, endpoint, path, "application/json", json.getBytes(StandardCharsets.UTF_8), expected);
  }

  Server.Reply delete(String kind, String endpoint, String path, int... expected) {
    return server.send(kind, endpoint, server.request(path).header("Authorization", basic).DELETE().build(),
        expected);
  }

  static HttpRequest.BodyPublisher form(Map<String, String> fields) {
    return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
