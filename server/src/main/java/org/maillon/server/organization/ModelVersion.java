package org.maillon.server.organization;

import java.time.OffsetDateTime;

/**
 * One accepted import of the organisation's model, without the model itself.
 *
 * @param format the format it was imported from: yaml, json or csv
 */
public record ModelVersion(
    long id, OffsetDateTime importedAt, String importedBy, String organization, int headcount, String format) {}
