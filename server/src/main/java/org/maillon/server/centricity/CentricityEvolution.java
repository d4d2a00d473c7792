package org.maillon.server.centricity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.maillon.centricity.CentricityScorer;
import org.maillon.centricity.QuarterScore;
import org.maillon.centricity.ScoringSettings;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.centricity.CentricityHistory.QuarterPoint;
import org.maillon.server.centricity.CentricityHistory.VersionPoint;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.CurrentOrganization.Current;
import org.maillon.server.organization.DerivedData;
import org.maillon.server.organization.LastComputed;
import org.maillon.server.organization.NoModelException;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.ListeningOnTime;
import org.maillon.server.voice.TeamVoice;
import org.maillon.voice.ListeningEvent;
import org.maillon.voice.Quarters;
import org.springframework.stereotype.Service;

/**
 * The evolution of the organisation's index (docs/centricity.md): apart from the index of now,
 * because it reads past model versions and past quarters, which the index of now never needs. Its
 * quarters read published figures only: listening from published batches and conversations
 * ({@link ListeningOnTime#listenedSince}), satisfaction from the voice's trend.
 */
@Service
public class CentricityEvolution implements DerivedData {

  private static final long SECONDS_A_DAY = 86_400;

  private final CurrentOrganization current;
  private final HistoryRecords history;
  private final CampaignVoices campaignVoices;
  private final ListeningOnTime listening;
  private final Clock clock;
  private final CentricityProperties settings;
  private final ScoringSettings scoring;
  private final Map<Long, Optional<Double>> versionIndexes = new ConcurrentHashMap<>();
  private final LastComputed<CentricityHistory> last;

  CentricityEvolution(CurrentOrganization current, HistoryRecords history, CampaignVoices campaignVoices,
      ListeningOnTime listening, Clock clock, CentricityProperties settings) {
    this.current = current;
    this.history = history;
    this.campaignVoices = campaignVoices;
    this.listening = listening;
    this.clock = clock;
    this.settings = settings;
    this.scoring = settings.scoring();
    this.last = new LastComputed<>(LastComputed.behindThePages("maillon-evolution"), settings.behindFromTeams());
  }

  /**
   * The organisation's index across the latest model versions (structural components) and the
   * latest quarters (listening and satisfaction). Each version is diagnosed once and remembered
   * by its id.
   */
  public CentricityHistory history() {
    Current now = current.get().orElseThrow(NoModelException::new);
    return history(now.diagnosis(), now.version().id());
  }

  /** The evolution as the current diagnosis reads it, computed ahead of {@code /centricity}'s first visit. */
  @Override
  public void derive(Diagnosis diagnosis) {
    current.get().filter(now -> now.diagnosis() == diagnosis).ifPresent(now -> history(diagnosis, now.version().id()));
  }

  /**
   * Kept while the model, the listening and card data and the day are the same: the quarters read
   * every listening and every team's voice (seconds at a million people), and pages show them on
   * every visit of {@code /centricity}.
   */
  private CentricityHistory history(Diagnosis diagnosis, long currentId) {
    return last.get(diagnosis, history.state(), clock.instant().getEpochSecond() / SECONDS_A_DAY,
        () -> compute(diagnosis, currentId));
  }

  private CentricityHistory compute(Diagnosis diagnosis, long currentId) {
    List<HistoryRecords.StoredVersion> latest = history.latest(settings.historyVersions());
    versionIndexes.keySet().retainAll(latest.stream().map(HistoryRecords.StoredVersion::id).toList());
    List<VersionPoint> versions = new ArrayList<>();
    for (int i = latest.size() - 1; i >= 0; i--) {
      HistoryRecords.StoredVersion stored = latest.get(i);
      Double value = versionIndexes.computeIfAbsent(stored.id(),
          v -> Optional.ofNullable(structuralIndex(v == currentId ? diagnosis : history.diagnosis(v)))).orElse(null);
      versions.add(new VersionPoint(stored.id(), stored.importedAt(), value));
    }
    return new CentricityHistory(versions, quarters(diagnosis));
  }

  private Double structuralIndex(Diagnosis diagnosis) {
    return new CentricityScorer(diagnosis, scoring).structural().index();
  }

  private List<QuarterPoint> quarters(Diagnosis diagnosis) {
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    ZonedDateTime thisQuarter = now.withMonth((now.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1)
        .toLocalDate().atStartOfDay(ZoneOffset.UTC);
    ZonedDateTime first = thisQuarter.minusMonths(3L * (Math.max(1, settings.historyQuarters()) - 1));
    int links = teamLinks(index);
    Map<String, Set<String>> listenedByQuarter = new TreeMap<>();
    for (ListeningEvent listened : listening.listenedSince(first.toInstant())) {
      if (isTeamLink(index, listened.team(), listened.customer())) {
        listenedByQuarter.computeIfAbsent(Quarters.of(listened.at()), q -> new HashSet<>())
            .add(listened.team() + "\n" + listened.customer());
      }
    }
    Map<String, double[]> csat = new TreeMap<>();
    for (TeamVoice voice : campaignVoices.byTeam(index).values()) {
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
      Double listenedShare = links == 0 ? null
          : (double) listenedByQuarter.getOrDefault(period, Set.of()).size() / links;
      double[] sum = csat.get(period);
      QuarterScore score = QuarterScore.of(scoring.weights(), listenedShare, sum == null ? null : sum[0] / sum[1]);
      points.add(new QuarterPoint(period, score.listening(), score.satisfaction(), score.index()));
    }
    return points;
  }

  /**
   * The number of distinct links from a team to its customers, counted on the index's sorted lists
   * rather than gathered as a set of strings: at a million people that set took seconds to build on
   * every visit of {@code /centricity}, and under 50 members the page timed out (docs/benchmarks.md).
   */
  static int teamLinks(ValueChainIndex index) {
    int links = 0;
    for (var team : index.teams()) {
      List<String> customers = index.customers(team.id());
      for (int i = 0; i < customers.size(); i++) {
        if (i == 0 || !customers.get(i).equals(customers.get(i - 1))) {
          links++;
        }
      }
    }
    return links;
  }

  /** Whether the value chain has this link from a team to one of its customers. */
  static boolean isTeamLink(ValueChainIndex index, String team, String customer) {
    return index.isTeam(team) && Collections.binarySearch(index.customers(team), customer) >= 0;
  }

  /** The quarter of an instant in UTC, e.g. {@code 2026-Q3}, as the voice's trend names it. */
  static String quarter(ZonedDateTime at) {
    return Quarters.of(at.toInstant());
  }
}
