/**
 * Actions as pages: the list with its filters, one action's page and form, the "Follow up" button
 * posted from a finding, an overdue link or an index fix, and the lists shown on the home page, on
 * {@code /me} and on a team card. Those other pages belong to modules that actions depends on
 * (teams, voice, centricity), so they cannot call actions: {@link
 * org.maillon.server.actions.web.ActionPagesAdvice} gives their templates what they show of actions,
 * and their templates include this module's fragments ({@code actions/parts.html}).
 */
package org.maillon.server.actions.web;
