package org.maillon.server.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * What a browser is told to enforce (docs/security.md, "Browser hardening"): pages run only
 * Maillon's own scripts and styles and are never framed; nothing leaks the address of a page
 * (survey links hold their token) to another site; HSTS over HTTPS only. The API's answers are data,
 * under a policy that allows nothing, except the pages of its documentation (Swagger UI), which get
 * the pages' policy with inline styles; and the API refuses changes sent by pages of other sites ({@link CrossSiteRefusal}).
 */
@Component
class BrowserHardening {

  static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  /** Swagger UI sets styles inline: its pages may, and nothing else more than the pages. */
  static final String DOCS_POLICY = PAGES_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
  static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
  private static final long ONE_YEAR = 365L * 24 * 60 * 60;

  private final ProblemResponses problems;

  BrowserHardening(ProblemResponses problems) {
    this.problems = problems;
  }

  void pages(HttpSecurity http) {
    http.headers(headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY)));
  }

  void api(HttpSecurity http) {
    RequestMatcher docs = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**"),
        PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/**"));
    http.headers(headers -> common(headers)
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(docs,
                new ContentSecurityPolicyHeaderWriter(DOCS_POLICY)))
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(docs),
                new ContentSecurityPolicyHeaderWriter(API_POLICY))))
        .addFilterAfter(new CrossSiteRefusal(problems), HeaderWriterFilter.class);
  }

  private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
    return headers
        .frameOptions(frames -> frames.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS))
        .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
        .crossOriginResourcePolicy(resources -> resources.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR).includeSubDomains(true));
  }
}
