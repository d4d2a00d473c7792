package org.maillon.server.scim;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * SCIM's own filter chain, ahead of the API's and the pages': only a bearer token an admin made
 * lets a request in, with the authority {@code ROLE_SCIM} that no user has and that opens nothing
 * else. No session is read or made and HTTP Basic is not heard, so neither a signed-in browser
 * nor a user's password reaches SCIM; no cookie authenticates it, so it needs no CSRF token. A
 * missing or unknown token gets 401 in SCIM's error format.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ScimSecurity {

  static final String ROLE = "SCIM";
  private static final String BEARER = "Bearer ";

  @Bean
  @Order(0)
  SecurityFilterChain scim(HttpSecurity http, ScimTokens tokens, JsonMapper json) throws Exception {
    http.securityMatcher("/scim/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ROLE))
        .addFilterBefore(new BearerTokens(tokens), AnonymousAuthenticationFilter.class)
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint((request, response, e) -> unauthorized(response, json))
            .accessDeniedHandler((request, response, e) -> unauthorized(response, json)))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  private static void unauthorized(HttpServletResponse response, JsonMapper json) throws IOException {
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Maillon SCIM\"");
    response.setContentType(ScimUsersController.SCIM_JSON);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), ScimResources.error(401, null,
        "Send a SCIM token of Maillon as Authorization: Bearer <token>; an admin creates one."));
  }

  /** Signs a request in with the token of its {@code Authorization: Bearer} header, when it is a live one. */
  private static final class BearerTokens extends OncePerRequestFilter {

    private final ScimTokens tokens;

    BearerTokens(ScimTokens tokens) {
      this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader(HttpHeaders.AUTHORIZATION);
      if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        tokens.find(header.substring(BEARER.length()).strip()).ifPresent(token -> {
          PreAuthenticatedAuthenticationToken signedIn = new PreAuthenticatedAuthenticationToken(
              "scim-token-" + token.id(), null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
          SecurityContextHolder.getContext().setAuthentication(signedIn);
        });
      }
      chain.doFilter(request, response);
    }
  }
}
