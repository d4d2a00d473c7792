package org.maillon.server.themes;

/**
 * One free-text answer, with the recommendation score its respondent gave in the same response
 * when there was one: it tells whether the words come from a promoter or a detractor.
 *
 * @param text what the respondent wrote
 * @param nps the 0–10 score of the same response, or null when the response has none
 */
public record Verbatim(String text, Integer nps) {}
