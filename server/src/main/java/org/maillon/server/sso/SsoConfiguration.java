package org.maillon.server.sso;

import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.SsoProperties;
import org.maillon.server.startup.CannotStart;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider, only when {@code maillon.sso.issuer-uri} is set: its configuration is read from the
 * issuer at start (a provider that does not answer stops the start with a line saying so), and
 * Maillon is registered as the client {@value #REGISTRATION}, whose sign-in starts at
 * {@code /oauth2/authorization/sso} and comes back to {@code /login/oauth2/code/sso}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${maillon.sso.issuer-uri:}'.trim() != ''")
class SsoConfiguration {

  static final String REGISTRATION = "sso";

  @Bean
  ClientRegistrationRepository ssoProvider(SsoProperties settings) {
    ClientRegistration.Builder discovered;
    try {
      discovered = ClientRegistrations.fromIssuerLocation(settings.issuerUri());
    } catch (RuntimeException unreachable) {
      throw new CannotStart("maillon.sso.issuer-uri " + settings.issuerUri() + " gives no OpenID configuration ("
          + unreachable.getMessage() + "). Check the address and that the provider answers, or unset it.", unreachable);
    }
    return new InMemoryClientRegistrationRepository(discovered.registrationId(REGISTRATION)
        .clientId(settings.clientId())
        .clientSecret(settings.clientSecret())
        .scope("openid", "profile", "email")
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .build());
  }

  @Bean
  OAuth2UserService<OidcUserRequest, OidcUser> ssoSignIn(CurrentOrganization current, SsoProperties settings) {
    return new SsoSignIn(new PersonMatch(current, settings), settings);
  }
}
