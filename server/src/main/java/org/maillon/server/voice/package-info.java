/**
 * The voice of the customer, read side: what a team's customers said (NPS with its interval, CSAT,
 * response rate, trend, verbatims and their themes) and whether every link is listened to within
 * its cadence. It reads the stored responses through the listening module's read port
 * ({@link org.maillon.server.listening.CustomerListening}), so that results stay a pure function
 * of them; every figure and every anonymity rule comes from the core's {@code org.maillon.voice},
 * the same for pages, API and CSV export.
 */
package org.maillon.server.voice;
