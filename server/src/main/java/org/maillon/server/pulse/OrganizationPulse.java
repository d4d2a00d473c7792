package org.maillon.server.pulse;

import java.util.List;

/**
 * The organisation's pulse: its means over every team's responses, each team's row beside its
 * structural figures, and the trend by quarter, under one anonymity threshold.
 *
 * @param threshold the largest threshold of the pulses, the default one when there is none
 * @param responses every pulse response of the organisation
 * @param hidden true when the whole holds fewer responses than the threshold
 * @param teams every team of the current model by id, then any team only former pulses name
 * @param trend the organisation's figures per quarter (UTC), oldest first
 * @param themes what collaborators' free texts recur on, each backed by at least the threshold of
 *     published responses ({@link PulseThemes}); null when no theme analysis is available
 */
public record OrganizationPulse(int threshold, int invitations, int responses, Double hoursLost,
    Double customerShare, Double freedom, boolean hidden, List<TeamPulse> teams, List<PeriodPulse> trend,
    List<PulseTheme> themes) {

  /** The organisation's figures in one quarter, e.g. {@code 2026-Q3}. */
  public record PeriodPulse(String period, int responses, Double hoursLost, Double customerShare, Double freedom,
      boolean hidden) {}
}
