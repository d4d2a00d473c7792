/**
 * The customer-centricity index: one explainable score from 0 to 100 per team and for the
 * organisation, so that a manager sees how far the anti-value chain has pulled a team away from
 * its customers and what to fix first. Each component is a figure of the diagnosis, of listening
 * or of customer knowledge, normalised to 0–1 (1 = customer-centred) by an exact formula
 * ({@link Normalise}); the index is the weighted mean of the components that have data, the
 * weights renormalised over them ({@link CentricityIndex}). Pure functions on arrays and records,
 * linear in the components and costs, so that the figures are checked by hand and by properties
 * and recomputed by hand from the page (docs/centricity.md).
 */
package org.maillon.centricity;
