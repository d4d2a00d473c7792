/**
 * The bureaucracy pulse, read: what a team's collaborators answered to its pulses (hours lost per
 * week to internal procedures and reporting, share of time spent on customers, freedom to decide
 * without approval), per team and organisation-wide, beside the structural figures of
 * bureaucratisation (procedures per 100 people, climbing approval circuits), under the voice's
 * anonymity rule (answers published by whole batches, {@link org.maillon.voice.Batches}). Pulses
 * are written by the listening module; {@link org.maillon.server.pulse.PulseResults} is what the
 * pulse's page and API read.
 */
package org.maillon.server.pulse;
