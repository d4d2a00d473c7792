package org.maillon.server.centricity;

import org.maillon.centricity.Weights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The index's settings ({@code maillon.centricity.*}); docs/centricity.md gives the reasons of the
 * defaults.
 *
 * @param distanceWeight and the other weights: relative weights of the components
 * @param distanceCap the hop count at which the distance component is worth 0 (≥ 2)
 * @param procedureReference the procedures per 100 people at which that component is worth 0.5
 * @param lowSatisfaction a CSAT mean strictly below it is dissatisfied (voice agreement)
 * @param historyVersions how many of the latest model versions the evolution recomputes
 * @param historyQuarters how many of the latest quarters the evolution shows
 * @param rankingLimit how many teams the ranking page lists, lowest first
 */
@ConfigurationProperties("maillon.centricity")
public record CentricityProperties(
    @DefaultValue("15") double distanceWeight,
    @DefaultValue("20") double listeningWeight,
    @DefaultValue("25") double satisfactionWeight,
    @DefaultValue("15") double freshnessWeight,
    @DefaultValue("15") double requirementsWeight,
    @DefaultValue("10") double proceduresWeight,
    @DefaultValue("10") double levelsWeight,
    @DefaultValue("6") int distanceCap,
    @DefaultValue("10") double procedureReference,
    @DefaultValue("3") double lowSatisfaction,
    @DefaultValue("10") int historyVersions,
    @DefaultValue("8") int historyQuarters,
    @DefaultValue("50") int rankingLimit) {

  public Weights weights() {
    return new Weights(distanceWeight, listeningWeight, satisfactionWeight, freshnessWeight, requirementsWeight,
        proceduresWeight, levelsWeight);
  }
}
