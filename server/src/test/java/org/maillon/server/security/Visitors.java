package org.maillon.server.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.server.security.Samples.Request;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One user of each kind the authorization table names, calling the API with HTTP Basic and the
 * pages as a browser does: in a signed-in session, with the session's CSRF token on every form, so
 * that what is checked is the role, not the token. Signing in and out get a session of their own.
 */
final class Visitors {

  static final List<String> KINDS = List.of("anonymous", "member", "manager", "admin");
  static final String MEMBER = "table-member";
  static final String MANAGER = "table-manager";
  static final String PASSWORD = "a password long enough";

  /** A kind of user: who signs in (nobody when anonymous), their API client and their browser. */
  private record Visitor(String username, String password, Api api, Session session) {}

  /** A browser's session and the CSRF token its forms carry. */
  private record Session(Api browser, String csrf) {}

  private final int port;
  private final Map<String, Visitor> byKind = new HashMap<>();

  Visitors(int port) {
    this.port = port;
    add("anonymous", null, null);
    add("member", MEMBER, PASSWORD);
    add("manager", MANAGER, PASSWORD);
    add("admin", "admin", ApiTest.ADMIN_PASSWORD);
  }

  private void add(String kind, String username, String password) {
    Api api = username == null ? Api.on(port) : Api.on(port).as(username, password);
    byKind.put(kind, new Visitor(username, password, api, session(username, password)));
  }

  Api.Reply call(String kind, Request request) {
    Visitor visitor = byKind.get(kind);
    if (visitor == null) {
      throw new IllegalStateException("No user of the kind '" + kind + "': add one to " + Visitors.class.getName());
    }
    if (request.path().startsWith("/api/")) {
      return request.method() == HttpMethod.GET ? visitor.api().send(HttpMethod.GET, request.path(), null, null)
          : visitor.api().send(request.method(), request.path(), MediaType.APPLICATION_JSON,
              request.fields() == null ? "{" : request.fields());
    }
    if (request.method() == HttpMethod.GET) {
      return visitor.session().browser().send(HttpMethod.GET, request.path(), null, null);
    }
    boolean signingInOrOut = request.path().equals("/login") || request.path().equals("/logout");
    Session session = signingInOrOut ? session(visitor.username(), visitor.password()) : visitor.session();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    if (request.fields() != null) {
      request.fields().forEach(form::add);
    }
    if (request.path().equals("/login")) {
      form.add("username", visitor.username() == null ? MEMBER : visitor.username());
      form.add("password", visitor.password() == null ? PASSWORD : visitor.password());
    }
    form.add("_csrf", session.csrf());
    return session.browser().send(request.method(), request.path(), MediaType.APPLICATION_FORM_URLENCODED, form);
  }

  private Session session(String username, String password) {
    Api browser = username == null ? Api.browser(port) : Api.signedIn(port, username, password);
    return new Session(browser, Api.csrfToken(browser.get("/login", "text/html").body()));
  }
}
