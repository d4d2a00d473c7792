/**
 * The customer-centricity index: one explainable score from 0 to 100 per team and for the
 * organisation, so that a manager sees how far the anti-value chain has pulled a team away from
 * its customers and what to fix first. All of its scoring lives here: {@link CentricityScorer}
 * reads the diagnosis once and, given what a team's or the organisation's listening, voice and
 * cards say ({@link TeamInput}, {@link OrganizationInput}), gives each component's raw figures,
 * formula, computation and value ({@link Normalise}), what each finding, overdue link,
 * dissatisfied customer or stale card costs, and the weighted mean of the components that have
 * data, the weights renormalised over them ({@link CentricityIndex}). The settings and their
 * defaults are {@link ScoringSettings}'s. Pure functions on records, linear in the teams, links,
 * findings and costs, so that the figures are checked by hand and by properties and recomputed by
 * hand from the page (docs/centricity.md).
 */
package org.maillon.centricity;
