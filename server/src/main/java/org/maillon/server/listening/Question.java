package org.maillon.server.listening;

/**
 * A question of a campaign, at its position (0, 1, …: what an answer names), with its wording in
 * both languages, the default one when the campaign did not override it.
 */
public record Question(int position, QuestionType type, Wording wording) {}
