package org.maillon.server.voice;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.themes.ThemeReport;
import org.maillon.server.themes.Verbatim;
import org.maillon.server.themes.VerbatimThemes;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.TeamVoice.CustomerVoice;
import org.maillon.server.voice.TeamVoice.PeriodVoice;
import org.maillon.server.voice.TeamVoice.VerbatimText;
import org.maillon.server.voice.VoiceRecords.Response;
import org.maillon.voice.GroupVoice;
import org.maillon.voice.Tally;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A team's results over all its campaigns, with anonymity applied once here so that the pages, the
 * API and the CSV export cannot disagree on what is hidden. The customers partition the team's
 * responses, and so do the quarters of the trend: each partition follows
 * {@link org.maillon.voice.Anonymity}. Viewing one customer keeps the visibility that customer has
 * among the team's customers, so that the single view cannot reveal a group the team view hides.
 * Verbatim themes come from the themes module when it provides {@link VerbatimThemes}.
 */
@Service
public class TeamVoices {

  /** Themes listed per list of the report. */
  static final int THEMES = 10;

  private final VoiceRecords records;
  private final CurrentOrganization current;
  private final ObjectProvider<VerbatimThemes> themes;
  private final int defaultThreshold;

  TeamVoices(VoiceRecords records, CurrentOrganization current, ObjectProvider<VerbatimThemes> themes,
      @Value("${maillon.listening.default-anonymity-threshold:5}") int defaultThreshold) {
    this.records = records;
    this.current = current;
    this.themes = themes;
    this.defaultThreshold = defaultThreshold;
  }

  /**
   * The team's results, in O(r log r + c) for r responses and c customers.
   *
   * @param team a team of the current model
   * @param customer one customer to narrow to, or null for all the team's customers
   * @throws NotFoundException when no team has this id
   * @throws org.maillon.server.organization.NoModelException when no model was imported
   */
  public TeamVoice voice(String team, String customer) {
    ValueChainIndex index = ValueChainIndex.of(current.diagnosis());
    if (!index.isTeam(team)) {
      throw new NotFoundException("No team has the id " + team + ".");
    }
    int threshold = records.threshold(team).orElse(defaultThreshold);
    List<Response> all = records.responses(team);
    Map<String, Integer> invitations = records.invitations(team);
    Groups customers = Groups.of(customerIds(index, team, all, invitations), all, Response::customer, threshold);
    List<String> shownKeys = customer == null ? customers.keys() : List.of(customer);
    List<Response> scope = customer == null ? all
        : all.stream().filter(r -> r.customer().equals(customer)).toList();
    boolean hidden = customer == null ? customers.totalHidden() : customers.hidden(customer);
    Tally total = new Tally();
    scope.forEach(r -> total.add(r.nps(), r.csat()));
    GroupVoice whole = total.voice(hidden);
    List<VerbatimText> verbatims = new ArrayList<>();
    List<Verbatim> analysed = new ArrayList<>();
    for (Response response : scope) {
      if (!hidden && !customers.hidden(response.customer())) {
        response.texts().forEach(text -> {
          verbatims.add(new VerbatimText(text, response.language()));
          analysed.add(new Verbatim(text, response.nps()));
        });
      }
    }
    verbatims.sort(Comparator.comparing(VerbatimText::text).thenComparing(VerbatimText::language));
    int invited = shownKeys.stream().mapToInt(k -> invitations.getOrDefault(k, 0)).sum();
    return new TeamVoice(team, threshold, whole.responses(), whole.nps(), whole.csat(),
        rate(whole.responses(), invited), hidden, trend(scope, threshold, hidden), verbatims,
        customerRows(index, customers, shownKeys, invitations), themes(analysed));
  }

  /** The team's customers in the model, then any other customer its campaigns reached, by id. */
  private static List<String> customerIds(ValueChainIndex index, String team, List<Response> responses,
      Map<String, Integer> invitations) {
    TreeSet<String> ids = new TreeSet<>(index.customers(team));
    responses.forEach(r -> ids.add(r.customer()));
    ids.addAll(invitations.keySet());
    return List.copyOf(ids);
  }

  private static List<PeriodVoice> trend(List<Response> scope, int threshold, boolean wholeHidden) {
    TreeSet<String> quarters = new TreeSet<>();
    scope.forEach(r -> quarters.add(quarter(r)));
    Groups periods = Groups.of(List.copyOf(quarters), scope, TeamVoices::quarter, threshold);
    return periods.keys().stream().map(period -> {
      GroupVoice voice = periods.voice(period, wholeHidden);
      return new PeriodVoice(period, voice.responses(), voice.nps(), voice.csat(), voice.hidden());
    }).toList();
  }

  /** The quarter of a response in UTC, e.g. {@code 2026-Q3}: sorts as text in time order. */
  static String quarter(Response response) {
    ZonedDateTime at = response.at().atZone(ZoneOffset.UTC);
    return at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
  }

  private static List<CustomerVoice> customerRows(ValueChainIndex index, Groups customers, List<String> keys,
      Map<String, Integer> invitations) {
    List<CustomerVoice> rows = new ArrayList<>();
    for (String key : keys) {
      GroupVoice voice = customers.voiceOrEmpty(key);
      rows.add(new CustomerVoice(key, index.label(key), voice.responses(), voice.nps(), voice.csat(),
          rate(voice.responses(), invitations.getOrDefault(key, 0)), voice.hidden()));
    }
    return rows;
  }

  private static Double rate(int responses, int invitations) {
    return invitations == 0 ? null : (double) responses / invitations;
  }

  private ThemeReport themes(List<Verbatim> verbatims) {
    VerbatimThemes analysis = themes.getIfAvailable();
    return analysis == null ? null : analysis.analyse(verbatims, THEMES);
  }
}
