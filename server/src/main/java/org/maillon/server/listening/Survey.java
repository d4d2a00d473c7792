package org.maillon.server.listening;

import java.util.List;

/**
 * What a respondent's link opens: the supplier team asking (its id; pages show its name), the
 * customer group answering, the questions, and the campaign's kind (a pulse asks the team's own
 * collaborators). Nothing in it identifies the respondent.
 */
public record Survey(String team, String customer, List<Question> questions, CampaignKind kind) {}
