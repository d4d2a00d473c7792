package org.maillon.server.centricity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maillon.centricity.Cards;
import org.maillon.centricity.CentricityScorer;
import org.maillon.centricity.Component;
import org.maillon.centricity.IndexBreakdown;
import org.maillon.centricity.OrganizationInput;
import org.maillon.centricity.Satisfaction;
import org.maillon.centricity.ScoringSettings;
import org.maillon.centricity.TeamInput;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.centricity.OrganizationCentricity.TeamIndex;
import org.maillon.server.knowledge.Coverage;
import org.maillon.server.knowledge.CustomerKnowledge;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.DerivedData;
import org.maillon.server.organization.LastComputed;
import org.maillon.server.organization.PerDiagnosis;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.ListeningOnTime;
import org.maillon.server.voice.TeamVoice;
import org.maillon.server.voice.TeamVoices;
import org.maillon.valuechain.TeamFigures;
import org.maillon.voice.LinkListening;
import org.maillon.voice.ListeningReport;
import org.springframework.stereotype.Service;

/**
 * The customer-centricity index of the organisation and of each team: gathers the current
 * diagnosis's listening, voice and customer knowledge into the core's inputs and has the core's
 * {@link CentricityScorer} score them (docs/centricity.md); its evolution is
 * {@link CentricityEvolution}'s.
 * Only voice figures that anonymity shows are read: a hidden group leaves satisfaction out.
 * Cost: one scorer per diagnosis, which reads the structure once; listening is one report; the
 * voice is read for teams that ran a campaign only; the cards' dates once; the organisation's
 * index is kept until its inputs change.
 */
@Service
public class CentricityService implements DerivedData {

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
  private final ScoringSettings scoring;
  private final PerDiagnosis<CentricityScorer> scorers;
  private final LastComputed<Overview> last;

  /**
   * The organisation at a glance, all from the same inputs, so that the home page's figures agree
   * with the index beside them.
   *
   * @param centricity the organisation's index and every team's
   * @param listening the links listened to on time, which its listening component counts
   * @param cards the coverage of fresh customer cards, which its freshness component counts
   */
  public record Overview(OrganizationCentricity centricity, ListeningOnTime.Summary listening, Coverage cards) {}

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
    this.scoring = settings.scoring();
    this.scorers = new PerDiagnosis<>(d -> new CentricityScorer(d, scoring));
    this.last = new LastComputed<>(LastComputed.behindThePages("maillon-index"), settings.behindFromTeams());
  }

  public CentricityProperties settings() {
    return settings;
  }

  /** What the index is scored with: the settings given, the core's defaults for the others. */
  public ScoringSettings scoring() {
    return scoring;
  }

  /**
   * The organisation's index and every team's, lowest first.
   *
   * @throws org.maillon.server.organization.NoModelException when no model was imported
   */
  public OrganizationCentricity organization() {
    return overview().centricity();
  }

  /**
   * The organisation's index with the figures of listening and knowledge it is computed from.
   * Computing it reads every team, so the last one computed is reused while the model, the
   * listening and card data and the minute are the same, and on a large organisation computed again
   * behind the pages ({@link LastComputed}).
   *
   * @throws org.maillon.server.organization.NoModelException when no model was imported
   */
  public Overview overview() {
    return overview(current.diagnosis());
  }

  /** The index of a diagnosis just made current, computed ahead of the home page and {@code /centricity}. */
  @Override
  public void derive(Diagnosis diagnosis) {
    overview(diagnosis);
  }

  private Overview overview(Diagnosis diagnosis) {
    return last.get(diagnosis, history.state(), LastComputed.minute(clock.instant()), () -> compute(diagnosis));
  }

  private Overview compute(Diagnosis diagnosis) {
    CentricityScorer scorer = scorers.of(diagnosis);
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    ListeningReport report = listening.report();
    Coverage cards = knowledge.organizationCoverage();
    Map<String, TeamVoice> teamVoices = campaignVoices.byTeam(index);
    IndexBreakdown organization = scorer.organization(new OrganizationInput(report,
        teamVoices.values().stream().map(CentricityService::satisfaction).toList(), cards(cards)));
    Map<String, List<LinkListening>> overdue = overdueByTeam(report);
    Map<String, Coverage> coverages = knowledge.teamCoverages();
    List<TeamIndex> teams = new ArrayList<>();
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      TeamFigures team = diagnosis.team(rank);
      TeamVoice voice = teamVoices.get(team.id());
      TeamInput input = new TeamInput(team, index.customers(team.id()).size(),
          overdue.getOrDefault(team.id(), List.of()), voice == null ? null : satisfaction(voice),
          cards(coverages.getOrDefault(team.id(), NO_CUSTOMER)));
      teams.add(new TeamIndex(team.id(), index.label(team.id()), team.kind().code(), scorer.team(input).index()));
    }
    teams.sort(Comparator.comparing(TeamIndex::index, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(TeamIndex::team));
    return new Overview(new OrganizationCentricity(diagnosis.organization(), organization.index(),
        ComponentRow.of(organization.components()), keys(organization.leftOut()), GainRow.of(organization.gains()),
        teams),
        ListeningOnTime.Summary.of(report), cards);
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
    Satisfaction voice = listened ? satisfaction(voices.voice(id, null)) : null;
    CentricityScorer scorer = scorers.of(diagnosis);
    IndexBreakdown scored = scorer.team(new TeamInput(team, index.customers(id).size(), report.overdue(), voice,
        cards(knowledge.teamCoverage(id).orElse(NO_CUSTOMER))));
    List<LinkVoice> links = scorer.links(id, voice).stream()
        .map(link -> LinkVoice.of(link, index.label(link.customer()))).toList();
    return new TeamCentricity(team.id(), index.label(team.id()), team.kind().code(), scored.index(),
        ComponentRow.of(scored.components()), keys(scored.leftOut()), GainRow.of(scored.gains()), links);
  }

  /** A team's voice as the index reads it: a hidden group's mean is never passed on. */
  private static Satisfaction satisfaction(TeamVoice voice) {
    List<Satisfaction.Group> groups = voice.customers().stream()
        .map(g -> new Satisfaction.Group(g.customer(), g.hidden() ? null : g.csat().mean(), g.csat().responses(),
            g.responses(), g.hidden()))
        .toList();
    return new Satisfaction(voice.hidden() ? null : voice.csat().mean(), voice.csat().responses(), voice.hidden(),
        groups);
  }

  private static Cards cards(Coverage coverage) {
    return new Cards(coverage.fresh(), coverage.total());
  }

  private static List<String> keys(List<Component> components) {
    return components.stream().map(Component::key).toList();
  }

  private static Map<String, List<LinkListening>> overdueByTeam(ListeningReport report) {
    Map<String, List<LinkListening>> overdue = new HashMap<>();
    report.overdue().forEach(link -> overdue.computeIfAbsent(link.team(), t -> new ArrayList<>()).add(link));
    return overdue;
  }
}
