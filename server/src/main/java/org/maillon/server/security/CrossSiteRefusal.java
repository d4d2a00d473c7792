package org.maillon.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Refuses, on the API, a request that changes something and comes from a page of another origin.
 * A browser attaches the HTTP Basic credentials it has cached to any request to Maillon, a form
 * or multipart post sent from another site among them, and such posts need no CORS preflight: the
 * API has no CSRF token to stop them, so it tells them apart by what the browser says of their
 * origin. {@code Sec-Fetch-Site}, set by the browser and out of a page's reach, is trusted when
 * present; else {@code Origin} must be Maillon's own. Scripts and {@code curl}, which send
 * neither, are not concerned: they hold the credentials themselves.
 */
class CrossSiteRefusal extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(CrossSiteRefusal.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> OWN_SITES = Set.of("same-origin", "none");
  private static final String SURVEY_ANSWERS = "/api/responses/";

  private final ProblemResponses problems;

  CrossSiteRefusal(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (fromAnotherOrigin(request)) {
      LOG.warn("cross-site refused method={} path={} sec-fetch-site={} origin={}", request.getMethod(),
          path(request), printable(request.getHeader("Sec-Fetch-Site")),
          printable(request.getHeader(HttpHeaders.ORIGIN)));
      problems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
          "Refused: this request was sent by a page of another site. The API accepts changes from Maillon's"
              + " own pages, and from scripts that sign in themselves (no Origin header).");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean fromAnotherOrigin(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return false;
    }
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return !OWN_SITES.contains(site);
    }
    return request.getHeader(HttpHeaders.ORIGIN) != null
        && !WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
  }

  /** The path, without the token of a survey answer: it is the respondent's credential. */
  private static String path(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith(SURVEY_ANSWERS) ? SURVEY_ANSWERS + "{token}" : printable(path);
  }

  /** A header or path as it may go into the log: no line breaks a client could forge entries with. */
  private static String printable(String header) {
    if (header == null) {
      return "absent";
    }
    String flat = header.replaceAll("\\p{Cntrl}", "?");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
