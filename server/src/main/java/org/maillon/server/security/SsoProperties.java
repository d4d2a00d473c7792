package org.maillon.server.security;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through the company's OpenID provider ({@code maillon.sso.*}, docs/sso.md). Without
 * an issuer nothing changes: password accounts only. With one, the sign-in page offers the provider
 * beside (or, with {@code localAccounts} off, instead of) the password form.
 *
 * @param issuerUri the provider's issuer, whose {@code .well-known/openid-configuration} is read at start
 * @param providerName the name the sign-in page shows ("Sign in with …"); empty for a generic wording
 * @param personClaim the ID token's claim that identifies the person ({@code email} by default)
 * @param personField the person's field it is matched to: {@code email} or {@code id}
 * @param rolesClaim the claim listing the user's groups or roles ({@code groups} by default)
 * @param adminValues values of that claim that make an admin
 * @param managerValues values of that claim that make a manager (admin wins when both match)
 * @param localAccounts false to refuse every password, on the pages and the API alike
 */
@ConfigurationProperties("maillon.sso")
public record SsoProperties(
    @DefaultValue("") String issuerUri,
    @DefaultValue("") String clientId,
    @DefaultValue("") String clientSecret,
    @DefaultValue("") String providerName,
    @DefaultValue("email") String personClaim,
    @DefaultValue("email") String personField,
    @DefaultValue("groups") String rolesClaim,
    @DefaultValue List<String> adminValues,
    @DefaultValue List<String> managerValues,
    @DefaultValue("true") boolean localAccounts) {

  /** The person fields a claim can be matched to. */
  public static final List<String> PERSON_FIELDS = List.of("email", "id");

  public SsoProperties {
    personField = personField.toLowerCase(Locale.ROOT);
    adminValues = given(adminValues);
    managerValues = given(managerValues);
    if (!PERSON_FIELDS.contains(personField)) {
      throw new IllegalArgumentException("maillon.sso.person-field must be email or id, not " + personField);
    }
    if (!issuerUri.isBlank() && clientId.isBlank()) {
      throw new IllegalArgumentException("maillon.sso.issuer-uri is set: maillon.sso.client-id must be too");
    }
    if (!localAccounts && issuerUri.isBlank()) {
      throw new IllegalArgumentException("maillon.sso.local-accounts is off without maillon.sso.issuer-uri:"
          + " nobody could sign in");
    }
  }

  /**
   * The values given, without blank ones: an unset {@code MAILLON_SSO_ADMIN_VALUES} may bind as one
   * empty value, which an empty claim must not match.
   */
  private static List<String> given(List<String> values) {
    return values.stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
  }

  /** Whether an issuer is configured: the sign-in page then offers the provider. */
  public boolean enabled() {
    return !issuerUri.isBlank();
  }
}
