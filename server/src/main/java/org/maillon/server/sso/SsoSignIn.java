package org.maillon.server.sso;

import java.util.Map;
import org.maillon.server.security.LogText;
import org.maillon.server.security.NewUser;
import org.maillon.server.security.Role;
import org.maillon.server.security.SsoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's answer into a Maillon user once the ID token is checked: named by the person
 * claim (or the subject when the token lacks it), linked to the person it matches, with the role its
 * groups give. Someone who matches no person is still signed in, as what their groups make them
 * (a member by default), with no place of their own: an employee the model does not list yet sees
 * the organisation's figures, as a member linked to no one does. A name longer than a user name may
 * be (100 characters) is refused: it could not author a version.
 */
final class SsoSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private static final Logger log = LoggerFactory.getLogger(SsoSignIn.class);

  private final OidcUserService provider = new OidcUserService();
  private final PersonMatch people;
  private final SsoProperties settings;

  SsoSignIn(PersonMatch people, SsoProperties settings) {
    this.people = people;
    this.settings = settings;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser signedIn = provider.loadUser(request);
    Map<String, Object> claims = signedIn.getClaims();
    Object claim = claims.get(settings.personClaim());
    String value = claim == null ? null : claim.toString();
    String person = people.personOf(value);
    Role role = SsoRoles.of(claims, settings);
    String username = value == null || value.isBlank() ? signedIn.getSubject() : value;
    if (username.length() > NewUser.LONGEST_NAME) {
      log.warn("sign-in outcome=refused-sso-long-name user={}", LogText.printable(username));
      throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token"),
          "A name of more than " + NewUser.LONGEST_NAME + " characters cannot author versions");
    }
    log.info("sign-in outcome=signed-in-sso user={} role={} person={}", LogText.printable(username), role.code(),
        person == null ? "none" : LogText.printable(person));
    return new SsoUser(username, role, person, signedIn);
  }
}
