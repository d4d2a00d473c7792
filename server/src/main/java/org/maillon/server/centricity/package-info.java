/**
 * The customer-centricity index of each team and of the organisation, and whether each customer's
 * own voice agrees with what its supplier committed to: one explainable score that tells a manager
 * what to fix first. It gathers the figures of listening ({@code voice}), of the customers' voice
 * and of customer knowledge through their public APIs into the core's inputs, has the core's
 * {@code org.maillon.centricity} score them, and renders the breakdown, so that the API and the
 * pages show the same numbers, which a manager can recompute by hand (docs/centricity.md). Hidden
 * voice groups are never read: only the figures anonymity lets through reach the index.
 */
package org.maillon.server.centricity;
