package org.maillon.server.scenarios;

import java.time.Instant;

/**
 * A scenario as stored: its id is its shared link, its operations the JSON of a scenario file
 * (docs/scenarios.md), applied to the version it was drafted from.
 */
public record SavedScenario(String id, String name, String author, long baseVersion, String operations,
    Instant createdAt, Instant updatedAt) {}
