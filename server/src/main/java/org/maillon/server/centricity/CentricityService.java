package org.maillon.server.centricity;

import static org.maillon.server.centricity.Inputs.number;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.maillon.centricity.Component;
import org.maillon.centricity.Normalise;
import org.maillon.centricity.VoiceAgreement;
import org.maillon.centricity.Weights;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.model.Link;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.centricity.CentricityHistory.QuarterPoint;
import org.maillon.server.centricity.CentricityHistory.VersionPoint;
import org.maillon.server.centricity.OrganisationCentricity.TeamIndex;
import org.maillon.server.knowledge.Coverage;
import org.maillon.server.knowledge.CustomerKnowledge;
import org.maillon.server.listening.Campaign;
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
 * The customer-centricity index of the organisation and of each team, and its evolution, computed
 * on request from the current diagnosis, listening and customer knowledge (docs/centricity.md).
 * Only voice figures that anonymity shows are read: a hidden group leaves satisfaction out.
 * Cost per request: the structure is read once per diagnosis; listening is one report; the voice
 * is read for teams that ran a campaign only; the cards' dates once.
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
  private final CustomerKnowledge knowledge;
  private final HistoryRecords history;
  private final Clock clock;
  private final CentricityProperties settings;
  private final Weights weights;
  private final PerDiagnosis<Structure> structures;
  private final Map<Long, Optional<Double>> versionIndexes = new ConcurrentHashMap<>();

  CentricityService(CurrentOrganization current, ListeningOnTime listening, TeamVoices voices,
      ListeningService campaigns, CustomerKnowledge knowledge, HistoryRecords history,
      Clock clock, CentricityProperties settings) {
    this.current = current;
    this.listening = listening;
    this.voices = voices;
    this.campaigns = campaigns;
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
    Diagnosis diagnosis = current.diagnosis();
    Structure structure = structures.of(diagnosis);
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    ListeningReport report = listening.report();
    Map<String, List<LinkListening>> overdue = overdueByTeam(report);
    Map<String, TeamVoice> teamVoices = voicesOfTeamsWithCampaigns(index);

    Inputs org = new Inputs();
    structure.organisation(org);
    Double share = Normalise.listening(report.onTimeShare());
    org.add(Component.LISTENING, share, LISTENING_FORMULA,
        report.onTime() + " / " + report.links() + " = " + number(share == null ? 0 : share),
        "onTime", report.onTime(), "links", report.links());
    if (share != null) {
      for (LinkListening link : report.overdue()) {
        org.cost("LISTENING_OVERDUE", link.team() + "->" + link.customer(), Component.LISTENING,
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
    Map<String, Coverage> coverages = knowledge.teamCoverages();
    Coverage coverage = knowledge.organisationCoverage();
    freshness(org, coverage, diagnosis.organization() == null ? "organization" : diagnosis.organization());
    Inputs.Scored scored = org.score(weights, OrganisationCentricity.GAINS);

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
    return new OrganisationCentricity(diagnosis.organization(), scored.index(), scored.rows(), scored.leftOut(),
        scored.gains(), teams);
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
        inputs.cost("LISTENING_OVERDUE", link.team() + "->" + link.customer(), Component.LISTENING,
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
          inputs.cost("LOW_SATISFACTION", team.id() + "->" + group.customer(), Component.SATISFACTION,
              Normalise.satisfaction(raised));
        }
      }
    }
    freshness(inputs, coverage, team.id());
    return inputs;
  }

  private static void freshness(Inputs inputs, Coverage coverage, String subject) {
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

  private Map<String, TeamVoice> voicesOfTeamsWithCampaigns(ValueChainIndex index) {
    Set<String> teams = new HashSet<>();
    for (Campaign campaign : campaigns.campaigns(null)) {
      if (index.isTeam(campaign.team())) {
        teams.add(campaign.team());
      }
    }
    Map<String, TeamVoice> voicesByTeam = new HashMap<>();
    teams.forEach(team -> voicesByTeam.put(team, voices.voice(team, null)));
    return voicesByTeam;
  }

  /**
   * The organisation's index across the latest model versions (structural components) and the
   * latest quarters (listening and satisfaction). Each version is diagnosed once and remembered
   * by its id.
   */
  public CentricityHistory history() {
    Diagnosis diagnosis = current.diagnosis();
    long currentId = current.get().orElseThrow().version().id();
    List<Long> ids = history.latestIds(settings.historyVersions());
    versionIndexes.keySet().retainAll(new HashSet<>(ids));
    List<VersionPoint> versions = new ArrayList<>();
    for (int i = ids.size() - 1; i >= 0; i--) {
      long id = ids.get(i);
      HistoryRecords.StoredVersion stored = history.version(id);
      Double value = versionIndexes.computeIfAbsent(id, v -> Optional.ofNullable(structuralIndex(
          v == currentId ? diagnosis : DiagnosisEngine.diagnose(ModelFiles.read("model.json",
              stored.modelJson().getBytes(StandardCharsets.UTF_8), Locale.ENGLISH).organization())))).orElse(null);
      versions.add(new VersionPoint(id, stored.importedAt(), value));
    }
    return new CentricityHistory(versions, quarters(diagnosis));
  }

  private Double structuralIndex(Diagnosis diagnosis) {
    Inputs inputs = new Inputs();
    new Structure(diagnosis, settings).organisation(inputs);
    return inputs.score(weights, 0).index();
  }

  private List<QuarterPoint> quarters(Diagnosis diagnosis) {
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    ZonedDateTime thisQuarter = now.withMonth((now.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1)
        .toLocalDate().atStartOfDay(ZoneOffset.UTC);
    ZonedDateTime first = thisQuarter.minusMonths(3L * (Math.max(1, settings.historyQuarters()) - 1));
    Set<String> links = new HashSet<>();
    for (var team : index.teams()) {
      index.customers(team.id()).forEach(customer -> links.add(team.id() + "\n" + customer));
    }
    Map<String, Set<String>> listenedByQuarter = new TreeMap<>();
    for (HistoryRecords.Listened listened : history.listenedSince(first.toInstant())) {
      String link = listened.team() + "\n" + listened.customer();
      if (links.contains(link)) {
        listenedByQuarter.computeIfAbsent(quarter(listened.at().atZone(ZoneOffset.UTC)), q -> new HashSet<>()).add(link);
      }
    }
    Map<String, double[]> csat = new TreeMap<>();
    for (TeamVoice voice : voicesOfTeamsWithCampaigns(index).values()) {
      for (TeamVoice.PeriodVoice period : voice.trend()) {
        if (!period.hidden() && period.csat().mean() != null && period.period().compareTo(quarter(first)) >= 0) {
          double[] sum = csat.computeIfAbsent(period.period(), p -> new double[2]);
          sum[0] += period.csat().mean() * period.csat().responses();
          sum[1] += period.csat().responses();
        }
      }
    }
    TreeMap<String, Boolean> periods = new TreeMap<>();
    listenedByQuarter.keySet().forEach(p -> periods.put(p, true));
    csat.keySet().forEach(p -> periods.put(p, true));
    List<QuarterPoint> points = new ArrayList<>();
    if (periods.isEmpty()) {
      return points;
    }
    for (ZonedDateTime q = first; !q.isAfter(thisQuarter); q = q.plusMonths(3)) {
      String period = quarter(q);
      if (period.compareTo(periods.firstKey()) < 0) {
        continue;
      }
      Double listenedShare = links.isEmpty() ? null
          : (double) listenedByQuarter.getOrDefault(period, Set.of()).size() / links.size();
      double[] sum = csat.get(period);
      Double satisfaction = sum == null ? null : Normalise.satisfaction(sum[0] / sum[1]);
      Map<Component, Double> values = new LinkedHashMap<>();
      values.put(Component.LISTENING, listenedShare);
      values.put(Component.SATISFACTION, satisfaction);
      points.add(new QuarterPoint(period, listenedShare, satisfaction,
          org.maillon.centricity.CentricityIndex.score(new java.util.EnumMap<>(values), weights, List.of()).index()));
    }
    return points;
  }

  /** The quarter of an instant in UTC, e.g. {@code 2026-Q3}, as the voice's trend names it. */
  static String quarter(ZonedDateTime at) {
    return at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
  }
}
