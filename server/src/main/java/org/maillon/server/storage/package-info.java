/**
 * Where and how Maillon keeps what it is told: the database engine (SQLite in the data folder by
 * default, PostgreSQL when {@code MAILLON_DB_URL} is set), the connection pool's settings for each,
 * instants written the same way on both ({@link org.maillon.server.storage.Timestamps}), the data
 * folder made ready before the first connection, a data folder of a release that used H2
 * carried over to SQLite, and whether several server processes may share the database
 * ({@link org.maillon.server.storage.ConditionalOnSharedDatabase}), so that what they share (the
 * pages' sessions, the scheduled jobs' clock) is kept in it only then. Why these choices:
 * docs/storage.md.
 */
package org.maillon.server.storage;
