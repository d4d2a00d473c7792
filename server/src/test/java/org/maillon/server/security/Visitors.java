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
 * One user of each kind the authorization table names, and a member linked to no one, calling the
 * API with HTTP Basic and the pages as a browser does: in a signed-in session, with the session's
 * CSRF token on every form, so that what is checked is the role, not the token. Signing in and out
 * get a session of their own. Each knows what it calls its own ({@link Samples.Own}).
 */
final class Visitors {

  static final List<String> KINDS = List.of("anonymous", "member", "lead", "manager", "admin");
  /** Not a column: a member linked to no person, who gets the member's column with 403 for own and lead. */
  static final String UNLINKED_KIND = "unlinked";
  static final String MEMBER = "table-member";
  static final String LEAD = "table-lead";
  static final String UNLINKED = "table-unlinked";
  static final String MANAGER = "table-manager";
  static final String PASSWORD = "a password long enough";

  /** A kind of user: who signs in (nobody when anonymous), their API client, their browser, their own things. */
  private record Visitor(String username, String password, Api api, Session session, Samples.Own own) {}

  /** A browser's session and the CSRF token its forms carry. */
  private record Session(Api browser, String csrf) {}

  private final int port;
  private final Map<String, Visitor> byKind = new HashMap<>();

  /** The visitors, the member's and the lead's own things given, others calling the member's. */
  Visitors(int port, Samples.Own member, Samples.Own lead) {
    this.port = port;
    add("anonymous", null, null, member);
    add("member", MEMBER, PASSWORD, member);
    add("lead", LEAD, PASSWORD, lead);
    add(UNLINKED_KIND, UNLINKED, PASSWORD, member);
    add("manager", MANAGER, PASSWORD, member);
    add("admin", "admin", ApiTest.ADMIN_PASSWORD, member);
  }

  private void add(String kind, String username, String password, Samples.Own own) {
    Api api = username == null ? Api.on(port) : Api.on(port).as(username, password);
    byKind.put(kind, new Visitor(username, password, api, session(username, password), own));
  }

  /** What this kind of user calls their own. */
  Samples.Own own(String kind) {
    return visitor(kind).own();
  }

  Api.Reply call(String kind, Request request) {
    Visitor visitor = visitor(kind);
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

  private Visitor visitor(String kind) {
    Visitor visitor = byKind.get(kind);
    if (visitor == null) {
      throw new IllegalStateException("No user of the kind '" + kind + "': add one to " + Visitors.class.getName());
    }
    return visitor;
  }

  private Session session(String username, String password) {
    Api browser = username == null ? Api.browser(port) : Api.signedIn(port, username, password);
    return new Session(browser, Api.csrfToken(browser.get("/login", "text/html").body()));
  }
}
