package org.maillon.centricity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Subject;
import org.maillon.model.Link;
import org.maillon.valuechain.Agreements;

/**
 * Scores the index of one diagnosis — every team's and the organisation's — from the figures of
 * listening, voice and cards given with it: what each component is worth, its formula with the
 * figures put in, and what each finding, overdue link, dissatisfied customer or stale card costs
 * (docs/centricity.md). The model's part is read once, in O(teams + links + procedures +
 * findings), when the scorer is made, so keep one per diagnosis.
 */
public final class CentricityScorer {

  /** How many gains the organisation lists, the largest. */
  public static final int ORGANIZATION_GAINS = 20;

  private final Structure structure;
  private final ScoringSettings settings;

  public CentricityScorer(Diagnosis diagnosis, ScoringSettings settings) {
    this.structure = new Structure(diagnosis, settings);
    this.settings = settings;
  }

  public ScoringSettings settings() {
    return settings;
  }

  /**
   * One team's index with every gain, in O(its links + customer groups + uncovered expectations +
   * procedures + costs × log costs).
   *
   * @throws IllegalArgumentException when the team is not one of the diagnosis's
   */
  public IndexBreakdown team(TeamInput input) {
    if (structure.diagnosis().team(input.team().id()).isEmpty()) {
      throw new IllegalArgumentException("The team " + input.team().id() + " is not one of this diagnosis");
    }
    Inputs inputs = new Inputs();
    structure.team(input.team(), inputs);
    VoiceComponents.team(input, settings.lowSatisfaction(), inputs);
    return inputs.score(settings.weights(), Integer.MAX_VALUE);
  }

  /**
   * The organisation's index, levels included, with its {@value #ORGANIZATION_GAINS} largest
   * gains; in O(teams + findings + uncovered expectations + internal controls + overdue links +
   * costs × log costs).
   */
  public IndexBreakdown organization(OrganizationInput input) {
    Inputs inputs = new Inputs();
    structure.organization(inputs);
    VoiceComponents.organization(input, new Subject.Organization(structure.diagnosis().organization()), inputs);
    return inputs.score(settings.weights(), ORGANIZATION_GAINS);
  }

  /**
   * The organisation's index of the components the model alone determines — distance,
   * requirements, procedures, levels — renormalised among them, without gains: the index of a
   * model version of the past, whose listening and cards are not kept, or of a scenario. Same cost
   * as {@link #organization}.
   */
  public IndexBreakdown structural() {
    Inputs inputs = new Inputs();
    structure.organization(inputs);
    return inputs.score(settings.weights(), 0);
  }

  /**
   * Each link of the team to a customer, by customer id, with the customer's voice against the
   * commitments made on it (low mark {@link ScoringSettings#lowSatisfaction()}); in O(the model's
   * links + customer groups + the team's links × log).
   *
   * @param voice what the team's customers said; null when the team ran no campaign
   */
  public List<LinkAgreement> links(String team, Satisfaction voice) {
    Map<String, Satisfaction.Group> groups = new HashMap<>();
    if (voice != null) {
      voice.customers().forEach(group -> groups.put(group.customer(), group));
    }
    List<LinkAgreement> links = new ArrayList<>();
    for (Link link : structure.diagnosis().model().links()) {
      if (!link.from().equals(team)) {
        continue;
      }
      Satisfaction.Group group = groups.get(link.to());
      boolean hidden = group != null && group.hidden();
      Double csat = group == null ? null : group.csat();
      links.add(new LinkAgreement(link.to(), link.expectations().size(), link.commitments().size(),
          Agreements.uncovered(link).size(), csat, group == null ? 0 : group.responses(), hidden,
          VoiceAgreement.of(link.commitments().size(), csat, settings.lowSatisfaction())));
    }
    links.sort(Comparator.comparing(LinkAgreement::customer));
    return links;
  }
}
