package org.maillon.server.voice;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Team;
import org.maillon.server.listening.CustomerListening;
import org.maillon.server.listening.CustomerListening.Listened;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.LastComputed;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.voice.Batches;
import org.maillon.voice.LinkListening;
import org.maillon.voice.ListeningEvent;
import org.maillon.voice.ListeningReport;
import org.maillon.voice.RegularListening;
import org.maillon.voice.ServiceLink;
import org.maillon.voice.Thresholds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether every team listens to each of its customers regularly: every link of the current model
 * from a team (to a team or a final customer) is on time or overdue, by the rule of
 * {@link RegularListening}, at the instant of the application's clock. The home page shows its
 * {@link Summary} beside the anti-value chain; the listening pages and API show the overdue
 * links. A response counts as listening once its batch is published ({@link Batches}), dated by the
 * day of publication, so that neither the date nor the status moves with one answer; a logged
 * conversation counts at once. Every listening is dated to the day, never finer. Every team's
 * links assessed are kept while the model, the listening data and the minute are the same
 * ({@link LastComputed}), since the home page, {@code /listening} and the centricity index ask for
 * them on every visit.
 */
@Component
public class ListeningOnTime {

  /**
   * The regularity of listening at a glance.
   *
   * @param onTimeShare links listened to on time / all links, 0 to 1; null without links
   * @param links how many links from a team the model holds
   * @param overdue how many of them are overdue
   */
  public record Summary(Double onTimeShare, int links, int overdue) {

    /** The report's figures at a glance. */
    public static Summary of(ListeningReport report) {
      return new Summary(report.onTimeShare(), report.links(), report.overdue().size());
    }
  }

  /**
   * Every team's links assessed, and the overdue ones counted by team, most overdue first, then by
   * name: kept with the report, since counting and sorting every team's is the cost of
   * {@code /listening} at a million people.
   */
  public record Assessed(ListeningReport report, List<TeamOverdue> byTeam) {}

  /** A team with overdue links, as {@code /listening} counts them. */
  public record TeamOverdue(String team, String teamName, int overdue) {

    /** Teams with overdue links, most overdue first, then by name. O(o log o) for o overdue links. */
    static List<TeamOverdue> of(List<LinkListening> overdue, ValueChainIndex index) {
      Map<String, Integer> counts = new HashMap<>();
      overdue.forEach(link -> counts.merge(link.team(), 1, Integer::sum));
      return counts.entrySet().stream().map(e -> new TeamOverdue(e.getKey(), index.label(e.getKey()), e.getValue()))
          .sorted(Comparator.comparingInt(TeamOverdue::overdue).reversed().thenComparing(TeamOverdue::teamName)
              .thenComparing(TeamOverdue::team))
          .toList();
    }
  }

  private final CustomerListening records;
  private final ListeningService listening;
  private final CurrentOrganization current;
  private final Clock clock;
  private final int defaultCadenceDays;
  private final LastComputed<Assessed> last = new LastComputed<>("maillon-listening");

  ListeningOnTime(CustomerListening records, ListeningService listening, CurrentOrganization current, Clock clock,
      @Value("${maillon.listening.default-cadence-days:90}") int defaultCadenceDays) {
    this.records = records;
    this.listening = listening;
    this.current = current;
    this.clock = clock;
    this.defaultCadenceDays = defaultCadenceDays;
  }

  /**
   * Every team's links assessed now, in O(links + campaigns + listened links); the last report
   * computed while the model, the listening data and the minute are the same.
   */
  public ListeningReport report() {
    return assessed().report();
  }

  /** {@link #report()} with its overdue links counted by team, both from the same computation. */
  public Assessed assessed() {
    Optional<Diagnosis> diagnosis = current.get().map(CurrentOrganization.Current::diagnosis);
    if (diagnosis.isEmpty()) {
      return new Assessed(assess(List.of()), List.of());
    }
    return last.get(diagnosis.get(), listening.state(), LastComputed.minute(clock.instant()), () -> {
      ValueChainIndex index = ValueChainIndex.of(diagnosis.get());
      ListeningReport report = assess(links(Optional.of(index), Optional.empty()));
      return new Assessed(report, TeamOverdue.of(report.overdue(), index));
    });
  }

  /**
   * One team's links to its customers assessed now.
   *
   * @throws NotFoundException when the team is not a team of the current model
   */
  public ListeningReport report(String team) {
    return assess(links(current.get().map(now -> ValueChainIndex.of(now.diagnosis())), Optional.of(team)));
  }

  /**
   * Every listening since that instant, to the day: the days response batches were published, per
   * link, and the days conversations were held. O(r + c) for r responses and c conversations.
   */
  public List<ListeningEvent> listenedSince(Instant since) {
    Map<String, Thresholds> thresholds = records.thresholds();
    List<Listened> listened = records.listened();
    Batches batches = Batches.of(listened.stream().map(l -> new Batches.Arrival(l.team() + "\n" + l.customer(),
        l.at(), thresholds.getOrDefault(l.team(), Thresholds.of(List.of())).at(l.at(), l.threshold()), 0)).toList(), 0);
    Set<ListeningEvent> events = new LinkedHashSet<>();
    for (int i = 0; i < listened.size(); i++) {
      Instant day = batches.published(i);
      if (day != null && !day.isBefore(since)) {
        events.add(new ListeningEvent(listened.get(i).team(), listened.get(i).customer(), day));
      }
    }
    records.conversations(since).forEach(held -> events.add(new ListeningEvent(held.team(), held.customer(),
        held.at().truncatedTo(ChronoUnit.DAYS))));
    return List.copyOf(events);
  }

  private ListeningReport assess(List<ServiceLink> links) {
    return RegularListening.assess(links, links.isEmpty() ? List.of() : records.cadences(),
        links.isEmpty() ? List.of() : listenedSince(Instant.EPOCH), defaultCadenceDays, clock.instant());
  }

  private static List<ServiceLink> links(Optional<ValueChainIndex> index, Optional<String> team) {
    if (team.isPresent() && !index.map(i -> i.isTeam(team.get())).orElse(false)) {
      throw new NotFoundException("No team has the id " + team.get() + ".");
    }
    List<ServiceLink> links = new ArrayList<>();
    index.ifPresent(i -> {
      for (Team supplier : i.teams()) {
        if (team.isEmpty() || team.get().equals(supplier.id())) {
          i.customers(supplier.id()).forEach(customer -> links.add(new ServiceLink(supplier.id(), customer)));
        }
      }
    });
    return links;
  }
}
