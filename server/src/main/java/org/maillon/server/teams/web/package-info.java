/**
 * Team cards ({@code /teams}, {@code /teams/{id}}): suppliers, customers, duties and requirements;
 * and the form that edits a card ({@code /teams/{id}/card/edit}), for those who lead the team.
 */
package org.maillon.server.teams.web;
