/**
 * Who may sign in and what they may see. Three roles: {@code admin} (imports, users),
 * {@code manager} (everything about the organisation) and {@code member} (their own place, team
 * cards, the organisation's figures). The API takes HTTP Basic, statelessly, and answers 401 and
 * 403 as problem details; pages use a sign-in form with CSRF protection. Passwords are stored
 * hashed (bcrypt, through a delegating encoder).
 */
package org.maillon.server.security;
