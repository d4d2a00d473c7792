package org.maillon.server.centricity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The organisation's index over time, two ways.
 *
 * @param versions the latest model versions, oldest first: the index of the components the model
 *     alone determines (distance, requirements, procedures, levels), recomputed from each version
 * @param quarters the latest quarters, oldest first: the listening and satisfaction components of
 *     each quarter and their index
 */
public record CentricityHistory(List<VersionPoint> versions, List<QuarterPoint> quarters) {

  /** One model version's structural index. */
  public record VersionPoint(long version, OffsetDateTime importedAt, Double index) {}

  /**
   * One quarter.
   *
   * @param period e.g. {@code 2026-Q3}
   * @param listening links of the current model listened to during the quarter / links
   * @param satisfaction (CSAT − 1) / 4 over the shown team-quarters, null when none is shown
   * @param index of these two components, weighted by their weights
   */
  public record QuarterPoint(String period, Double listening, Double satisfaction, Double index) {}
}
