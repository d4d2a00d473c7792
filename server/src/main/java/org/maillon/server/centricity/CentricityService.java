package org.maillon.server.centricity;

import static org.maillon.server.centricity.Inputs.number;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.centricity.Component;
import org.maillon.centricity.Normalise;
import org.maillon.centricity.VoiceAgreement;
import org.maillon.centricity.Weights;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Subject;
import org.maillon.model.Link;
import org.maillon.server.centricity.OrganisationCentricity.TeamIndex;
import org.maillon.server.knowledge.Coverage;
import org.maillon.server.knowledge.CustomerKnowledge;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.PerDiagnosis;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.ListeningOnTime;
import org.maillon.server.voice.TeamVoice;
import org.maillon.server.voice.TeamVoices;
import org.maillon.valuechain.Agreements;
import org.maillon.valuechain.TeamFigures;
import org.maillon.voice.LinkListening;
import org.maillon.voice.ListeningReport;
import org.springframework.stereotype.Service;

/**
 * The customer-centricity index of the organisation and of each team, computed from the current
 * diagnosis, listening and customer knowledge (docs/centricity.md); its evolution is
 * {@link CentricityEvolution}'s.
 * Only voice figures that anonymity shows are read: a hidden group leaves satisfaction out.
 * Cost: the structure is read once per diagnosis; listening is one report; the voice is read for
 * teams that ran a campaign only; the cards' dates once; the organisation's index is kept until
 * its inputs change.
 */
@Service
public class CentricityService {

  static final String LISTENING_FORMULA = "on time / links";
  static final String SATISFACTION_FORMULA = "(CSAT − 1) / 4";
  static final String FRESHNESS_FORMULA = "fresh / customers";
  private static final Coverage NO_CUSTOMER = new Coverage(0, 0, null);

  private final CurrentOrganization current;
  private final ListeningOnTime listening;
  private final TeamVoices voices;
  private final ListeningService campaigns;
  private final CampaignVoices campaignVoices;
  private final CustomerKnowledge knowledge;
  private final HistoryRecords history;
  private final Clock clock;
  private final CentricityProperties settings;
  private final Weights weights;
  private final PerDiagnosis<Structure> structures;
  private final LastIndex last = new LastIndex();

  /**
   * The organisation at a glance, all from the same inputs, so that the home page's figures agree
   * with the index beside them.
   *
   * @param centricity the organisation's index and every team's
   * @param listening the links listened to on time, which its listening component counts
   * @param cards the coverage of fresh customer cards, which its freshness component counts
   */
  public record Overview(OrganisationCentricity centricity, ListeningOnTime.Summary listening, Coverage cards) {}

  CentricityService(CurrentOrganization current, ListeningOnTime listening, TeamVoices voices,
      ListeningService campaigns, CampaignVoices campaignVoices, CustomerKnowledge knowledge, HistoryRecords history,
      Clock clock, CentricityProperties settings) {
    this.current = current;
    this.listening = listening;
    this.voices = voices;
    this.campaigns = campaigns;
    this.campaignVoices = campaignVoices;
    this.knowledge = knowledge;
    this.history = history;
    this.clock = clock;
    this.settings = settings;
    this.weights = settings.weights();
    this.structures = new PerDiagnosis<>(d -> new Structure(d, settings));
  }

  public CentricityProperties settings() {
    return settings;
  }

  /**
   * The organisation's index and every team's, lowest first.
   *
   * @throws org.maillon.server.organization.NoModelException when no model was imported
   */
  public OrganisationCentricity organisation() {
    return overview().centricity();
  }

  /**
   * The organisation's index with the figures of listening and knowledge it is computed from.
   * Computing it reads every team, so the last one computed is reused while the model, the
   * listening and card data and the minute are the same ({@link LastIndex}).
   *
   * @throws org.maillon.server.organization.NoModelException when no model was imported
   */
  public Overview overview() {
    Diagnosis diagnosis = current.diagnosis();
    return last.get(diagnosis, history.state(), clock.instant(), () -> compute(diagnosis));
  }

  private Overview compute(Diagnosis diagnosis) {
    Structure structure = structures.of(diagnosis);
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    ListeningReport report = listening.report();
    Coverage cards = knowledge.organisationCoverage();
    Map<String, TeamVoice> teamVoices = campaignVoices.byTeam(index);
    Inputs.Scored scored = organisationInputs(diagnosis, structure, report, teamVoices, cards)
        .score(weights, OrganisationCentricity.GAINS);
    Map<String, List<LinkListening>> overdue = overdueByTeam(report);
    Map<String, Coverage> coverages = knowledge.teamCoverages();
    List<TeamIndex> teams = new ArrayList<>();
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      TeamFigures team = diagnosis.team(rank);
      Inputs inputs = teamInputs(structure, team, index, report, overdue.getOrDefault(team.id(), List.of()),
          teamVoices.get(team.id()), coverages.getOrDefault(team.id(), NO_CUSTOMER));
      teams.add(new TeamIndex(team.id(), index.label(team.id()), team.kind().code(),
          inputs.score(weights, 0).index()));
    }
    teams.sort(Comparator.comparing(TeamIndex::index, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(TeamIndex::team));
    return new Overview(new OrganisationCentricity(diagnosis.organization(), scored.index(), scored.rows(),
        scored.leftOut(), scored.gains(), teams),
        ListeningOnTime.Summary.of(report), cards);
  }

  private Inputs organisationInputs(Diagnosis diagnosis, Structure structure, ListeningReport report,
      Map<String, TeamVoice> teamVoices, Coverage cards) {
    Inputs org = new Inputs();
    structure.organisation(org);
    Double share = Normalise.listening(report.onTimeShare());
    org.add(Component.LISTENING, share, LISTENING_FORMULA,
        report.onTime() + " / " + report.links() + " = " + number(share == null ? 0 : share),
        "onTime", report.onTime(), "links", report.links());
    if (share != null) {
      for (LinkListening link : report.overdue()) {
        org.cost("LISTENING_OVERDUE", new Subject.Link(link.team(), link.customer()), Component.LISTENING,
            (report.onTime() + 1.0) / report.links());
      }
    }
    double weighted = 0;
    int answers = 0;
    for (TeamVoice voice : teamVoices.values()) {
      if (!voice.hidden() && voice.csat().mean() != null) {
        weighted += voice.csat().mean() * voice.csat().responses();
        answers += voice.csat().responses();
      }
    }
    Double csat = answers == 0 ? null : weighted / answers;
    Double satisfaction = Normalise.satisfaction(csat);
    org.add(Component.SATISFACTION, satisfaction, SATISFACTION_FORMULA + ", CSAT = shown teams' mean weighted by answers",
        csat == null ? null : "(" + number(csat) + " − 1) / 4 = " + number(satisfaction), "csat", csat, "answers", answers);
    freshness(org, cards, new Subject.Organisation(diagnosis.organization()));
    return org;
  }

  /**
   * One team's index, its breakdown and its links' voice against their commitments.
   *
   * @throws NotFoundException when no team has this id
   */
  public TeamCentricity team(String id) {
    Diagnosis diagnosis = current.diagnosis();
    TeamFigures team = diagnosis.team(id).orElseThrow(() -> new NotFoundException("No team has the id " + id + "."));
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    ListeningReport report = listening.report(id);
    boolean listened = !campaigns.campaigns(id).isEmpty();
    TeamVoice voice = listened ? voices.voice(id, null) : null;
    Inputs inputs = teamInputs(structures.of(diagnosis), team, index, report, report.overdue(), voice,
        knowledge.teamCoverage(id).orElse(NO_CUSTOMER));
    Inputs.Scored scored = inputs.score(weights, Integer.MAX_VALUE);
    return new TeamCentricity(team.id(), index.label(team.id()), team.kind().code(), scored.index(), scored.rows(),
        scored.leftOut(), scored.gains(), linkVoices(diagnosis, index, id, voice));
  }

  private Inputs teamInputs(Structure structure, TeamFigures team, ValueChainIndex index, ListeningReport report,
      List<LinkListening> overdue, TeamVoice voice, Coverage coverage) {
    Inputs inputs = new Inputs();
    structure.team(team, inputs);
    int links = index.customers(team.id()).size();
    int onTime = links - overdue.size();
    Double share = links == 0 ? null : (double) onTime / links;
    inputs.add(Component.LISTENING, share, LISTENING_FORMULA, onTime + " / " + links + " = " + number(share == null ? 0 : share),
        "onTime", onTime, "links", links);
    if (share != null) {
      for (LinkListening link : overdue) {
        inputs.cost("LISTENING_OVERDUE", new Subject.Link(link.team(), link.customer()), Component.LISTENING,
            (onTime + 1.0) / links);
      }
    }
    Double csat = voice == null || voice.hidden() ? null : voice.csat().mean();
    Double satisfaction = Normalise.satisfaction(csat);
    inputs.add(Component.SATISFACTION, satisfaction, SATISFACTION_FORMULA,
        csat == null ? null : "(" + number(csat) + " − 1) / 4 = " + number(satisfaction),
        "csat", csat, "answers", voice == null ? 0 : voice.csat().responses());
    if (voice != null && voice.hidden()) {
      inputs.figure(Component.SATISFACTION, "hidden", true);
    }
    if (satisfaction != null) {
      int answers = voice.csat().responses();
      for (TeamVoice.CustomerVoice group : voice.customers()) {
        Double mean = group.hidden() ? null : group.csat().mean();
        if (mean != null && mean < settings.lowSatisfaction()) {
          double raised = csat + (5 - mean) * group.csat().responses() / answers;
          inputs.cost("LOW_SATISFACTION", new Subject.Link(team.id(), group.customer()), Component.SATISFACTION,
              Normalise.satisfaction(raised));
        }
      }
    }
    freshness(inputs, coverage, new Subject.Team(team.id()));
    return inputs;
  }

  private static void freshness(Inputs inputs, Coverage coverage, Subject subject) {
    Double value = Normalise.freshness(coverage.share());
    inputs.add(Component.FRESHNESS, value, FRESHNESS_FORMULA,
        coverage.fresh() + " / " + coverage.total() + " = " + number(value == null ? 0 : value),
        "fresh", coverage.fresh(), "customers", coverage.total());
    if (value != null && coverage.fresh() < coverage.total()) {
      inputs.cost("STALE_CARD", subject, Component.FRESHNESS, (coverage.fresh() + 1.0) / coverage.total());
    }
  }

  private List<LinkVoice> linkVoices(Diagnosis diagnosis, ValueChainIndex index, String team, TeamVoice voice) {
    Map<String, TeamVoice.CustomerVoice> groups = new HashMap<>();
    if (voice != null) {
      voice.customers().forEach(group -> groups.put(group.customer(), group));
    }
    List<LinkVoice> links = new ArrayList<>();
    for (Link link : diagnosis.model().links()) {
      if (!link.from().equals(team)) {
        continue;
      }
      TeamVoice.CustomerVoice group = groups.get(link.to());
      boolean hidden = group != null && group.hidden();
      Double csat = group == null || hidden ? null : group.csat().mean();
      VoiceAgreement verdict = VoiceAgreement.of(link.commitments().size(), csat, settings.lowSatisfaction());
      links.add(new LinkVoice(link.to(), index.label(link.to()), link.expectations().size(),
          link.commitments().size(), Agreements.uncovered(link).size(), csat, group == null ? 0 : group.responses(),
          hidden, verdict.key(), verdict.flagged()));
    }
    links.sort(Comparator.comparing(LinkVoice::customer));
    return links;
  }

  private static Map<String, List<LinkListening>> overdueByTeam(ListeningReport report) {
    Map<String, List<LinkListening>> overdue = new HashMap<>();
    report.overdue().forEach(link -> overdue.computeIfAbsent(link.team(), t -> new ArrayList<>()).add(link));
    return overdue;
  }
}
