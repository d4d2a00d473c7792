package org.maillon.server.centricity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.maillon.centricity.Gain;
import org.maillon.diagnosis.Subject;

/**
 * Something that costs points, and what fixing it alone would add to the index.
 *
 * @param code a finding's code, or {@code LISTENING_OVERDUE}, {@code STALE_CARD}, {@code LOW_SATISFACTION}
 * @param subject what it concerns: a team, a link, an expectation, a procedure, the organisation; written
 *     in JSON as before typed subjects ({@code from->to} for a link)
 * @param component the component it lowers
 * @param gain points the index would gain, all else equal
 */
public record GainRow(String code, @Schema(implementation = String.class) Subject subject, String component,
    double gain) {

  /** The core's gains as rows, in their order. */
  static List<GainRow> of(List<Gain> gains) {
    return gains.stream().map(g -> new GainRow(g.code(), g.subject(), g.component().key(), g.gain())).toList();
  }
}
