/**
 * A team's card ({@code GET /api/teams/{id}}): its suppliers, partners, customers and customers'
 * customers, the final customers it reaches, its duties toward its customers and requirements
 * toward its suppliers, its uncovered expectations and unasked commitments. Every signed-in user
 * may read team cards; who may act for a team — edit its card, run its listening, write its
 * customers' cards — is decided here once ({@link org.maillon.server.teams.TeamLeadership}), and
 * {@code listening} and {@code knowledge} ask it. Its leads, managers and admins edit its own part
 * of the model ({@code PUT /api/teams/{id}/card}) through {@link org.maillon.server.teams.CardEditor},
 * which the card's page uses too.
 */
package org.maillon.server.teams;
