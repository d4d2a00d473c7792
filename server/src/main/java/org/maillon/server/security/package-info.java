/**
 * Who may sign in and what they may see. Three roles: {@code admin} (imports, users),
 * {@code manager} (everything about the organisation) and {@code member} (their own place, team
 * cards, the organisation's figures). The API takes HTTP Basic, statelessly, and answers 401, 403
 * and 429 as problem details; pages use a sign-in form with CSRF protection. Both check passwords
 * through {@link org.maillon.server.security.PasswordSignIn}, which throttles failed sign-ins per
 * account and address ({@link org.maillon.server.security.SignInThrottle}) and logs them. Admins
 * manage users ({@link org.maillon.server.security.UserService}); passwords follow
 * {@link org.maillon.server.security.PasswordRules} and are stored hashed (bcrypt, through a
 * delegating encoder). Browsers are told to run only Maillon's own scripts, never to frame it
 * and to keep its cookies first-party; the API refuses changes sent by pages of other sites,
 * whatever credentials the browser attached ({@link org.maillon.server.security.CrossSiteRefusal}).
 * With single sign-on configured ({@link org.maillon.server.security.SsoProperties}), the pages also
 * sign in through the company's OpenID provider (the {@code sso} module), and passwords can be
 * switched off. docs/security.md describes it all, docs/sso.md single sign-on.
 */
package org.maillon.server.security;
