package org.maillon.server.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.maillon.server.listening.CustomerListening;
import org.maillon.server.listening.CustomerListening.Response;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.themes.ThemeReport;
import org.maillon.server.themes.Verbatim;
import org.maillon.server.themes.VerbatimThemes;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.server.voice.TeamVoice.CustomerVoice;
import org.maillon.server.voice.TeamVoice.PeriodVoice;
import org.maillon.server.voice.TeamVoice.VerbatimText;
import org.maillon.voice.Batches;
import org.maillon.voice.GroupVoice;
import org.maillon.voice.Quarters;
import org.maillon.voice.Verbatims;
import org.maillon.voice.Tally;
import org.maillon.voice.Thresholds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A team's results over all its campaigns, from published answers only, so that the pages, the
 * API, the CSV export and the index cannot disagree on what is shown. Each customer's responses are
 * published by whole batches of at least the threshold ({@link Batches}); every figure (the whole,
 * a customer, a quarter, a customer's quarter) sums published batches, each counted in the quarter
 * of its publication day, so no sum or difference of them singles out fewer answers than the
 * threshold. Verbatim themes come from the themes module when it provides {@link VerbatimThemes}.
 */
@Service
public class TeamVoices {

  /** Themes listed per list of the report. */
  static final int THEMES = 10;
  static final int NPS = 0;
  static final int CSAT = 1;

  private final CustomerListening records;
  private final CurrentOrganization current;
  private final ObjectProvider<VerbatimThemes> themes;
  private final int defaultThreshold;

  TeamVoices(CustomerListening records, CurrentOrganization current, ObjectProvider<VerbatimThemes> themes,
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
    Thresholds thresholds = records.thresholds(team);
    List<Response> all = records.responses(team);
    Batches batches = batches(all, thresholds);
    Map<String, Integer> invitations = records.invitations(team);
    Map<String, Tally> customers = new LinkedHashMap<>();
    customerIds(index, team, all, invitations).forEach(id -> customers.put(id, new Tally()));
    Tally whole = new Tally();
    Map<String, Tally> quarters = new TreeMap<>();
    List<VerbatimText> verbatims = new ArrayList<>();
    List<Verbatim> analysed = new ArrayList<>();
    List<Verbatims.Written> said = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Response response = all.get(i);
      Tally ofCustomer = customers.computeIfAbsent(response.customer(), c -> new Tally());
      add(response, i, batches, day -> ofCustomer);
      if ((customer == null || customer.equals(response.customer())) && batches.published(i) != null) {
        add(response, i, batches, day -> whole);
        add(response, i, batches, day -> quarters.computeIfAbsent(Quarters.of(day), q -> new Tally()));
        Integer nps = batches.published(i, NPS) == null ? null : response.nps();
        response.texts().forEach(text -> {
          verbatims.add(new VerbatimText(text, response.language()));
          analysed.add(new Verbatim(text, nps));
          said.add(new Verbatims.Written(text, response.language(), nps));
        });
      }
    }
    verbatims.sort(Comparator.comparing(VerbatimText::text).thenComparing(VerbatimText::language));
    List<String> shown = customer == null ? List.copyOf(customers.keySet()) : List.of(customer);
    int invited = shown.stream().mapToInt(k -> invitations.getOrDefault(k, 0)).sum();
    int threshold = thresholds.latest(defaultThreshold);
    GroupVoice voice = whole.voice();
    return new TeamVoice(team, threshold, voice.responses(), voice.nps(), voice.csat(),
        rate(voice.responses(), invited), voice.hidden(), trend(quarters), verbatims, Verbatims.group(said, threshold),
        customerRows(index, customers, shown, invitations), themes(analysed, threshold));
  }

  /** The team's responses cut into batches per customer, each under the threshold promised to it. */
  private static Batches batches(List<Response> responses, Thresholds thresholds) {
    return Batches.of(responses.stream().map(r -> new Batches.Arrival(r.customer(), r.at(),
        thresholds.at(r.at(), r.threshold()), (r.nps() == null ? 0 : 1 << NPS) | (r.csat() == null ? 0 : 1 << CSAT)))
        .toList(), 2);
  }

  /** Adds what is published of a response to the tally of each answer's publication day. */
  private static void add(Response response, int i, Batches batches, Function<Instant, Tally> tally) {
    Instant day = batches.published(i);
    if (day == null) {
      return;
    }
    tally.apply(day).response();
    Instant nps = batches.published(i, NPS);
    if (nps != null) {
      tally.apply(nps).nps(response.nps());
    }
    Instant csat = batches.published(i, CSAT);
    if (csat != null) {
      tally.apply(csat).csat(response.csat());
    }
  }

  /** The team's customers in the model, then any other customer its campaigns reached, by id. */
  private static List<String> customerIds(ValueChainIndex index, String team, List<Response> responses,
      Map<String, Integer> invitations) {
    TreeSet<String> ids = new TreeSet<>(index.customers(team));
    responses.forEach(r -> ids.add(r.customer()));
    ids.addAll(invitations.keySet());
    return List.copyOf(ids);
  }

  private static List<PeriodVoice> trend(Map<String, Tally> quarters) {
    return quarters.entrySet().stream().map(quarter -> {
      GroupVoice voice = quarter.getValue().voice();
      return new PeriodVoice(quarter.getKey(), voice.responses(), voice.nps(), voice.csat(), voice.hidden());
    }).toList();
  }

  private static List<CustomerVoice> customerRows(ValueChainIndex index, Map<String, Tally> customers,
      List<String> keys, Map<String, Integer> invitations) {
    List<CustomerVoice> rows = new ArrayList<>();
    for (String key : keys) {
      GroupVoice voice = customers.getOrDefault(key, new Tally()).voice();
      rows.add(new CustomerVoice(key, index.label(key), voice.responses(), voice.nps(), voice.csat(),
          rate(voice.responses(), invitations.getOrDefault(key, 0)), voice.hidden()));
    }
    return rows;
  }

  private static Double rate(int responses, int invitations) {
    return invitations == 0 ? null : (double) responses / invitations;
  }

  private ThemeReport themes(List<Verbatim> verbatims, int threshold) {
    VerbatimThemes analysis = themes.getIfAvailable();
    return analysis == null ? null : analysis.analyse(verbatims, THEMES, threshold);
  }
}
