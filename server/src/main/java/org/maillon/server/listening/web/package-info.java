/**
 * The listening pages: campaigns and their invitation links, for managers and a team's leads
 * ({@code /listening/campaigns}), logged conversations ({@code /listening/conversations}), and the
 * public answer page a respondent opens from a link ({@code /r/{token}}), phone-first and in their
 * language. They go through
 * {@link org.maillon.server.listening.ListeningService} only, so that a form and the API record the
 * same way.
 */
package org.maillon.server.listening.web;
