package org.maillon.server.organization;

import java.time.OffsetDateTime;

/**
 * One accepted import of the organisation's model, without the model itself.
 *
 * @param format what it came from: an import of yaml, json or csv, or {@code card}, a team's card edited
 */
public record ModelVersion(
    long id, OffsetDateTime importedAt, String importedBy, String organization, int headcount, String format) {}
