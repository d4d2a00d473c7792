/**
 * What-if scenarios in the server: drafted from the current version, saved, shared by link,
 * compared, promoted to a new version by an admin (docs/scenarios.md). The operations are the
 * core's {@code org.maillon.scenario}; this package stores them and says what they change,
 * keeping the last scenarios viewed applied and diagnosed.
 */
package org.maillon.server.scenarios;
