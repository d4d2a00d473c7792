/**
 * Single sign-on with OpenID Connect (docs/sso.md): when an issuer is configured
 * ({@link org.maillon.server.security.SsoProperties}), the sign-in page offers the company's
 * provider. The provider's claims decide who the employee is in the model (a configured claim
 * matched to a person's email or id, {@link org.maillon.server.sso.PersonMatch}) and their role
 * (groups mapped to manager and admin, {@link org.maillon.server.sso.SsoRoles}); the team-scoped
 * rights then come from the model as for anyone linked to a person. Nothing is stored: each
 * sign-in asks the provider and the current model again.
 */
package org.maillon.server.sso;
