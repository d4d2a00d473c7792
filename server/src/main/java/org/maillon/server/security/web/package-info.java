/**
 * The sign-in page (a password form, the company's provider, or both). Users as pages: the admins' list of users, where they create one and change its role or
 * password, disable, enable or delete it; and every user's own account, where they change their
 * password giving the current one.
 */
package org.maillon.server.security.web;
