/**
 * A team's card ({@code GET /api/teams/{id}}): its suppliers, partners, customers and customers'
 * customers, the final customers it reaches, its duties toward its customers and requirements
 * toward its suppliers, its uncovered expectations and unasked commitments. Every signed-in user
 * may read team cards.
 */
package org.maillon.server.teams;
