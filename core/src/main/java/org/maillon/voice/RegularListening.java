package org.maillon.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which links are overdue for listening. Every team should listen to each of its customers at
 * least once per cadence: the smallest cadence among the team's campaigns that include the
 * customer, else a default. A link is overdue when it was never listened to, or when its last
 * listening is strictly older than {@code now − cadence}: listened to exactly one cadence ago is
 * still on time, one second later it is overdue.
 */
public final class RegularListening {

  private RegularListening() {}

  /**
   * Assesses every link in O(l + c + e) for l links, c cadences and e events.
   *
   * @param links the links to assess; each is counted once per occurrence
   * @param cadences the cadences of campaigns, any number per link, for any links
   * @param events listening events, any number per link, for any links; those of other links are ignored
   * @param defaultCadenceDays the cadence of a link no campaign includes, at least 1
   * @param now the instant of the assessment
   */
  public static ListeningReport assess(List<ServiceLink> links, List<Cadence> cadences, List<ListeningEvent> events,
      int defaultCadenceDays, Instant now) {
    if (defaultCadenceDays < 1) {
      throw new IllegalArgumentException("A cadence is at least one day, not " + defaultCadenceDays);
    }
    Map<ServiceLink, Integer> cadenceOf = new HashMap<>();
    for (Cadence cadence : cadences) {
      cadenceOf.merge(new ServiceLink(cadence.team(), cadence.customer()), cadence.days(), Math::min);
    }
    Map<ServiceLink, Instant> lastOf = new HashMap<>();
    for (ListeningEvent event : events) {
      lastOf.merge(new ServiceLink(event.team(), event.customer()), event.at(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<LinkListening> overdue = new ArrayList<>();
    int onTime = 0;
    for (ServiceLink link : links) {
      LinkListening status = status(link, cadenceOf.getOrDefault(link, defaultCadenceDays), lastOf.get(link), now);
      if (status.overdue()) {
        overdue.add(status);
      } else {
        onTime++;
      }
    }
    Double share = links.isEmpty() ? null : (double) onTime / links.size();
    return new ListeningReport(share, links.size(), onTime, List.copyOf(overdue));
  }

  private static LinkListening status(ServiceLink link, int cadenceDays, Instant last, Instant now) {
    Duration cadence = Duration.ofDays(cadenceDays);
    Instant due = last == null ? null : last.plus(cadence);
    boolean overdue = last == null || last.isBefore(now.minus(cadence));
    return new LinkListening(link.team(), link.customer(), last, cadenceDays, due, overdue);
  }
}
