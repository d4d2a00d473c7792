/**
 * The centricity pages: {@code /centricity} (the organisation's index, its evolution and the teams
 * lowest first) and {@code /teams/{id}/centricity} (a team's breakdown, laid out so that a manager
 * can recompute the score by hand). Separate from the API so that pages can change their layout
 * without touching the JSON contract.
 */
package org.maillon.server.centricity.web;
