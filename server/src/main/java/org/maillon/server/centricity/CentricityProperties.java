package org.maillon.server.centricity;

import org.maillon.centricity.ScoringSettings;
import org.maillon.centricity.Weights;
import org.maillon.server.organization.LastComputed;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The index's settings ({@code maillon.centricity.*}). Those of the scoring are optional: one not
 * set takes the core's default ({@link ScoringSettings#DEFAULTS}), written there only;
 * docs/centricity.md gives their reasons.
 *
 * @param distanceWeight and the other weights: relative weights of the components
 * @param distanceCap the hop count at which the distance component is worth 0 (≥ 2)
 * @param procedureReference the procedures per 100 people at which that component is worth 0.5
 * @param lowSatisfaction a CSAT mean strictly below it is dissatisfied (voice agreement)
 * @param historyVersions how many of the latest model versions the evolution recomputes
 * @param historyQuarters how many of the latest quarters the evolution shows
 * @param rankingLimit how many teams the ranking page lists, lowest first
 * @param behindFromTeams from how many teams the organisation's index is computed again behind the
 *     pages, the one kept served meanwhile ({@link LastComputed})
 */
@ConfigurationProperties("maillon.centricity")
public record CentricityProperties(
    Double distanceWeight,
    Double listeningWeight,
    Double satisfactionWeight,
    Double freshnessWeight,
    Double requirementsWeight,
    Double proceduresWeight,
    Double levelsWeight,
    Integer distanceCap,
    Double procedureReference,
    Double lowSatisfaction,
    @DefaultValue("10") int historyVersions,
    @DefaultValue("8") int historyQuarters,
    @DefaultValue("50") int rankingLimit,
    @DefaultValue("" + LastComputed.BEHIND_FROM_TEAMS) int behindFromTeams) {

  /** The scoring's settings: those set, the core's defaults for the others. */
  public ScoringSettings scoring() {
    ScoringSettings defaults = ScoringSettings.DEFAULTS;
    Weights w = defaults.weights();
    return new ScoringSettings(
        new Weights(or(distanceWeight, w.distance()), or(listeningWeight, w.listening()),
            or(satisfactionWeight, w.satisfaction()), or(freshnessWeight, w.freshness()),
            or(requirementsWeight, w.requirements()), or(proceduresWeight, w.procedures()),
            or(levelsWeight, w.levels())),
        distanceCap == null ? defaults.distanceCap() : distanceCap,
        or(procedureReference, defaults.procedureReference()),
        or(lowSatisfaction, defaults.lowSatisfaction()));
  }

  private static double or(Double set, double otherwise) {
    return set == null ? otherwise : set;
  }
}
