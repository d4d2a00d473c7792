package org.maillon.server.listening;

import java.util.List;

/**
 * What a respondent's link opens: the supplier team asking (its id; pages show its name), the
 * customer group answering, and the questions. Nothing in it identifies the respondent.
 */
public record Survey(String team, String customer, List<Question> questions) {}
