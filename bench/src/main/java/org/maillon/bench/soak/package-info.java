/**
 * The soak benchmark: a real server process driven for half an hour by mixed traffic (pages of
 * each role, survey answers through single-use invitations, model imports, API reads and writes),
 * recording every answer's status and latency and the server's memory over time, so that a slow
 * leak or a failure that needs time (a connection renewed, a session expired) shows before users
 * meet it. Run by {@code bench/run-soak.sh}; never part of the build's tests. See
 * {@code docs/benchmarks.md}, "Soak". The same campaigns and invitations also prepare the users and
 * survey links of the Gatling load test ({@link org.maillon.bench.soak.LoadSetup}, "Concurrent users").
 */
package org.maillon.bench.soak;
