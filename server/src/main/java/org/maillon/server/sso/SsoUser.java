package org.maillon.server.sso;

import java.util.HashMap;
import java.util.Map;
import org.maillon.server.security.MaillonUser;
import org.maillon.server.security.Role;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An employee signed in through the OpenID provider: a {@link MaillonUser} (so that their role and
 * person answer every check as a password account's would) that is also the provider's
 * {@link OidcUser}, which Spring Security keeps for signing out and refreshing.
 */
final class SsoUser extends MaillonUser implements OidcUser {

  private static final long serialVersionUID = 1L;

  private final OidcIdToken idToken;
  private final OidcUserInfo userInfo;

  SsoUser(String username, Role role, String personId, OidcUser signedIn) {
    super(username, role, personId);
    this.idToken = signedIn.getIdToken();
    this.userInfo = signedIn.getUserInfo();
  }

  @Override
  public Map<String, Object> getClaims() {
    return userInfo == null ? idToken.getClaims() : merged();
  }

  @Override
  public OidcUserInfo getUserInfo() {
    return userInfo;
  }

  @Override
  public OidcIdToken getIdToken() {
    return idToken;
  }

  @Override
  public Map<String, Object> getAttributes() {
    return getClaims();
  }

  @Override
  public String getName() {
    return getUsername();
  }

  private Map<String, Object> merged() {
    Map<String, Object> claims = new HashMap<>(userInfo.getClaims());
    claims.putAll(idToken.getClaims());
    return claims;
  }
}
