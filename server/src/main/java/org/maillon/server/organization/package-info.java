/**
 * The organisation as versions: every accepted import of the model becomes a new version, kept in
 * the database; the latest is the current one, diagnosed once and held in memory so that every
 * figure the application serves comes from the same diagnosis. Holds the import and export API
 * ({@code /api/model}).
 */
package org.maillon.server.organization;
