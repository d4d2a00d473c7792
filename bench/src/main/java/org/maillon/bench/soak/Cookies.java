package org.maillon.bench.soak;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cookies of one browser: kept from {@code Set-Cookie}, sent back on each request. */
final class Cookies {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final Map<String, String> values = new ConcurrentHashMap<>();

  void keep(Server.Reply reply) {
    for (String header : reply.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
  }

  HttpRequest.Builder on(HttpRequest.Builder request) {
    if (!values.isEmpty()) {
      StringBuilder header = new StringBuilder();
      values.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
          .append(value));
      request.header("Cookie", header.toString());
    }
    return request;
  }

  void clear() {
    values.clear();
  }

  /** The CSRF token of the first form of a page, as Spring Security writes it in a hidden field. */
  static String csrf(String page) {
    Matcher matcher = CSRF.matcher(page == null ? "" : page);
    if (!matcher.find()) {
      throw new IllegalStateException("no CSRF field in the page");
    }
    return matcher.group(1);
  }
}
