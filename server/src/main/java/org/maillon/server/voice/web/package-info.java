/**
 * The voice of the customer's pages: a team's results ({@code /teams/{id}/voice}) and the
 * regularity of listening across the organisation ({@code /listening}). They show what the
 * {@code voice} module computed, never a figure of their own, so that a page cannot reveal what the
 * API hides.
 */
package org.maillon.server.voice.web;
