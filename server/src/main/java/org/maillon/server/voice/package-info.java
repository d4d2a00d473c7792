/**
 * The voice of the customer, read side: what a team's customers said (NPS with its interval, CSAT,
 * response rate, trend, verbatims and their themes) and whether every link is listened to within
 * its cadence. It reads the listening tables through its own narrow JDBC port rather than the
 * listening module's code, so that results stay a pure function of the stored responses; every
 * figure and every anonymity rule comes from the core's {@code org.maillon.voice}, the same for
 * pages, API and CSV export.
 */
package org.maillon.server.voice;
