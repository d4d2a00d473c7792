package org.maillon.server.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the API ({@code /api/**}) with HTTP Basic, stateless and without CSRF (no
 * cookie authenticates it), and the pages with a sign-in form, a session and CSRF protection.
 * Both check passwords through {@link PasswordSignIn}, which throttles failed sign-ins. A page
 * session, kept where {@link SessionStore} says, ends when its user is disabled, deleted, or given
 * another role or password ({@link SignedInSessions}).
 * Survey answers ({@code /r/{token}}, {@code POST /api/responses/{token}}) need no sign-in: the
 * single-use token is the respondent's only credential.
 * With single sign-on ({@link SsoProperties}), the pages also sign in through the company's OpenID
 * provider; with local accounts off, neither chain takes a password any more.
 * SCIM ({@code /scim/**}) has a chain of its own, before these, that only its bearer tokens pass
 * ({@code scim.ScimSecurity}).
 * Only in a web application: without one, users still exist and sign-in has nothing to guard.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN").implies("MANAGER")
        .role("MANAGER").implies("MEMBER")
        .build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, BrowserHardening hardening,
      SsoProperties sso) throws Exception {
    hardening.api(http);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/api/openapi", "/api/openapi/**")
                .permitAll()
            .requestMatchers(HttpMethod.POST, "/api/responses/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/model").hasRole("ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/pulses").hasRole("MANAGER")
            .requestMatchers("/api/users", "/api/users/**").hasRole("ADMIN")
            .requestMatchers("/api/mail/**").hasRole("ADMIN")
            .requestMatchers("/api/scim/**").hasRole("ADMIN")
            .requestMatchers("/api/model", "/api/model/**").hasRole("MANAGER")
            .requestMatchers(HttpMethod.POST, "/api/scenarios/*/promote").hasRole("ADMIN")
            .requestMatchers("/api/scenarios", "/api/scenarios/**").hasRole("MANAGER")
            .anyRequest().hasRole("MEMBER"))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable());
    if (sso.localAccounts()) {
      http.httpBasic(basic -> basic.realmName("Maillon").authenticationEntryPoint(problems));
    }
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, FormSignInFailure signInFailure,
      ObjectProvider<SessionRegistry> sessionsInMemory, BrowserHardening hardening, SsoProperties sso,
      ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> ssoSignIn) throws Exception {
    hardening.pages(http);
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/error", "/css/**", "/webjars/**", "/swagger-ui/**", "/favicon.ico", "/favicon.svg",
                "/actuator/health", "/actuator/health/**", "/r/*", "/unsubscribe/*").permitAll()
            .requestMatchers("/actuator/**").hasRole("ADMIN")
            .requestMatchers(HttpMethod.POST, "/model").hasRole("ADMIN")
            .requestMatchers("/model", "/model/**").hasRole("MANAGER")
            .requestMatchers(HttpMethod.POST, "/scenarios/*/promote").hasRole("ADMIN")
            .requestMatchers("/scenarios", "/scenarios/**").hasRole("MANAGER")
            .requestMatchers("/users", "/users/**").hasRole("ADMIN")
            .requestMatchers("/mail/**").hasRole("ADMIN")
            .requestMatchers("/provisioning", "/provisioning/**").hasRole("ADMIN")
            .anyRequest().authenticated())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
    // Sessions in memory (SQLite) end by being marked expired in their registry; in the database, by being deleted.
    SessionRegistry registry = sessionsInMemory.getIfAvailable();
    if (registry != null) {
      http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(registry).expiredUrl("/login"));
    }
    if (sso.localAccounts()) {
      http.formLogin(form -> form.loginPage("/login").failureHandler(signInFailure).permitAll());
    }
    if (sso.enabled()) {
      http.oauth2Login(login -> login.loginPage("/login").failureUrl("/login?ssoFailed")
          .defaultSuccessUrl("/me").userInfoEndpoint(info -> info.oidcUserService(ssoSignIn.getObject())));
    }
    return http.build();
  }
}
