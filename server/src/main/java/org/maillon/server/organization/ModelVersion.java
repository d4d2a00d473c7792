package org.maillon.server.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One version of the organisation's model, without the model itself: who made it, what made it and
 * why, so that the history answers "who changed this, and why?". Serializable: a page passes it to
 * the next through the session, which is kept in the database.
 *
 * @param importedBy the author: the user who imported the model or made the change
 * @param format what made it: an import of {@code yaml}, {@code json} or {@code csv} (a zip of CSV
 *     files), {@code card} (a team's card edited) or {@code confirmation} (a link confirmed)
 * @param reason why, in the author's words; null when they said nothing
 */
public record ModelVersion(long id, OffsetDateTime importedAt, String importedBy, String organization, int headcount,
    String format, String reason) implements Serializable {

  /** The formats an import comes in; any other format names the change that made the version. */
  private static final Set<String> IMPORTS = Set.of("yaml", "json", "csv");

  /** What kind of change made the version: {@code import}, or the format itself ({@code card}…). */
  @JsonProperty("kind")
  public String kind() {
    return IMPORTS.contains(format) ? "import" : format;
  }
}
