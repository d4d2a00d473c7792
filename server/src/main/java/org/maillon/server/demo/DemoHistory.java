package org.maillon.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.maillon.model.Person;
import org.maillon.server.demo.verbatims.DemoVerbatims;
import org.maillon.server.knowledge.CustomerKnowledge;
import org.maillon.server.knowledge.EntryForm;
import org.maillon.server.knowledge.Facet;
import org.maillon.server.knowledge.Source;
import org.maillon.server.listening.Answer;
import org.maillon.server.listening.Campaign;
import org.maillon.server.listening.IssuedInvitation;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewCampaign;
import org.maillon.server.listening.NewConversation;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.listening.NewResponse;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.valuechain.ValueChainIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of listening history for the demo organisation, so that every page has something to show:
 * quarterly survey campaigns of most front-line teams and several core and support teams among
 * their customers (some loved, some criticised, one improving over the year), French and English
 * verbatims, logged conversations, and customer cards, some fresh and some stale. On purpose, a few
 * customer groups stay below the anonymity threshold, a few links were last listened to longer ago
 * than their cadence, and many were never listened to.
 *
 * <p>Deterministic: a fixed seed and times counted back from the clock's now, so two fresh
 * databases started at the same instant hold the same history. Written through the public APIs of
 * listening and knowledge, in one transaction: all of it or nothing. Generators that do not match
 * the model (another demo model) are skipped.
 */
@Component
class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

  static final long SEED = 20_261_128L;
  static final int CADENCE_DAYS = 90;
  static final int THRESHOLD = 5;
  /** When the campaigns were created, in days before now. */
  static final int CREATED_DAYS_AGO = 365;
  /** When each quarterly wave of invitations went out, in days before now. */
  static final int[] WAVES_DAYS_AGO = {350, 260, 170, 80};
  /** How long after its wave a response may come, at most. */
  static final int ANSWER_WINDOW_DAYS = 25;
  static final double TEXT_SHARE = 0.6;
  static final double FRENCH_SHARE = 0.7;

  /** What the history holds, and how long it took to write. */
  record Summary(int campaigns, int invitations, int responses, int frenchVerbatims, int englishVerbatims,
      int conversations, int cardEntries, int freshCards, int staleCards, long millis) {

    @Override
    public String toString() {
      return "Demo history: " + campaigns + " campaigns, " + invitations + " invitations, " + responses
          + " responses (verbatims: " + frenchVerbatims + " French, " + englishVerbatims + " English), "
          + conversations + " conversations, " + cardEntries + " card entries (" + freshCards + " fresh cards, "
          + staleCards + " stale) over " + CREATED_DAYS_AGO + " days, written in " + millis + " ms.";
    }
  }

  /**
   * A team's campaign: the invitations per wave for each customer, the mean recommendation score of
   * each wave (the team's tendency), the share of invitations answered, and the waves it ran.
   */
  private record Listened(String team, Map<String, Integer> invitationsPerWave, double[] meanScore, double rate,
      int waves) {}

  /** Conversations of a team with a customer, in days before now. */
  private record Talked(String team, String customer, int... daysAgo) {}

  /** A customer card to fill: fresh (every facet recent) or stale (some facet old or missing). */
  private record CardPlan(String customer, boolean fresh) {}

  private static final List<Listened> CAMPAIGNS = List.of(
      new Listened("ventes-magasins", ordered("particuliers", 20), flat(8.7), 0.65, 4),
      new Listened("ventes-en-ligne", ordered("clients-web", 20), new double[] {4.6, 6.1, 7.6, 8.9}, 0.55, 4),
      new Listened("ventes-pro", ordered("professionnels", 12), flat(7.5), 0.7, 4),
      // two waves, two invitations each: a hidden group, and a link overdue since
      new Listened("grands-comptes", ordered("promoteurs", 2), flat(7.8), 0.6, 2),
      // one invitation a wave to professionals: a hidden group
      new Listened("pose-sav", ordered("particuliers", 16, "professionnels", 1), flat(5.3), 0.6, 4),
      new Listened("logistique", ordered("pose-sav", 7, "ventes-magasins", 7), flat(5.8), 0.7, 4),
      new Listened("informatique", ordered("ventes-en-ligne", 6, "ventes-magasins", 8, "logistique", 5),
          flat(6.2), 0.6, 4),
      new Listened("bureau-etudes", ordered("ventes-magasins", 6, "ventes-pro", 6, "usine-decoupe", 6),
          flat(8.9), 0.75, 4),
      new Listened("rh", ordered("ventes-magasins", 8, "usine-assemblage", 9, "pose-sav", 6), flat(7.0), 0.5, 4),
      // stopped after two waves: overdue links
      new Listened("qualite", ordered("usine-assemblage", 7, "pose-sav", 6), flat(6.8), 0.65, 2));

  private static final List<Talked> CONVERSATIONS = List.of(
      new Talked("ventes-magasins", "particuliers", 300, 150, 40),
      new Talked("service-client", "ventes-en-ligne", 330, 240, 130, 20),
      new Talked("service-client", "pose-sav", 200, 45),
      new Talked("ventes-pro", "professionnels", 180, 60),
      new Talked("pose-sav", "professionnels", 220, 30),
      new Talked("grands-comptes", "promoteurs", 310),
      new Talked("logistique", "clients-web", 280, 100),
      new Talked("direction-generale", "grands-comptes", 210),
      new Talked("marketing", "ventes-magasins", 25),
      new Talked("informatique", "logistique", 150, 70),
      new Talked("achats", "usine-decoupe", 120),
      new Talked("qualite", "pose-sav", 260));

  private static final List<CardPlan> CARDS = List.of(
      new CardPlan("particuliers", true), new CardPlan("clients-web", true), new CardPlan("professionnels", true),
      new CardPlan("promoteurs", false), new CardPlan("ventes-magasins", true), new CardPlan("ventes-en-ligne", true),
      new CardPlan("pose-sav", true), new CardPlan("logistique", true), new CardPlan("usine-decoupe", true),
      new CardPlan("ventes-pro", false), new CardPlan("finance", false), new CardPlan("usine-assemblage", false),
      new CardPlan("grands-comptes", false), new CardPlan("direction-generale", false));

  private static final Facet[] FACETS = Facet.values();
  private static final Source[][] SOURCES = {
      {Source.SURVEY, Source.CONVERSATION, Source.VISIT},          // opinions
      {Source.CONVERSATION, Source.VISIT, Source.DOCUMENT},        // projects
      {Source.DOCUMENT, Source.VISIT, Source.CONVERSATION},        // stakes
      {Source.CONVERSATION, Source.VISIT, Source.DOCUMENT, Source.SURVEY}}; // needs
  private static final List<String> USERS = List.of("manager", "member", "admin");

  private final ListeningService listening;
  private final CustomerKnowledge cards;
  private final CurrentOrganization current;
  private final Clock clock;
  private final TransactionTemplate transaction;

  DemoHistory(ListeningService listening, CustomerKnowledge cards, CurrentOrganization current, Clock clock,
      PlatformTransactionManager transactions) {
    this.listening = listening;
    this.cards = cards;
    this.current = current;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Writes the history as of the clock's now, in one transaction, and logs what it wrote. */
  Summary write(String memberTeam) {
    long start = System.nanoTime();
    Instant now = clock.instant();
    Writer writer = new Writer(now, memberTeam);
    transaction.executeWithoutResult(status -> writer.run());
    Summary summary = writer.summary((System.nanoTime() - start) / 1_000_000);
    log.info("{}", summary);
    return summary;
  }

  /** One run of the generator: the random sequence, the model and the counts. */
  private final class Writer {

    private final Instant now;
    private final String memberTeam;
    private final Random random = new Random(SEED);
    private final ValueChainIndex model = ValueChainIndex.of(current.diagnosis());
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private int campaigns;
    private int invitations;
    private int responses;
    private int french;
    private int english;
    private int conversations;
    private int entries;
    private int fresh;
    private int stale;

    Writer(Instant now, String memberTeam) {
      this.now = now;
      this.memberTeam = memberTeam;
      for (Person person : current.diagnosis().model().people()) {
        if (person.team() != null) {
          members.computeIfAbsent(person.team(), k -> new ArrayList<>()).add(person.name());
        }
      }
    }

    void run() {
      CAMPAIGNS.forEach(this::campaign);
      CONVERSATIONS.forEach(this::conversations);
      CARDS.forEach(this::card);
    }

    Summary summary(long millis) {
      return new Summary(campaigns, invitations, responses, french, english, conversations, entries, fresh, stale,
          millis);
    }

    private void campaign(Listened plan) {
      if (!model.isTeam(plan.team())) {
        return;
      }
      List<String> customers = plan.invitationsPerWave().keySet().stream()
          .filter(model.customers(plan.team())::contains).toList();
      if (customers.isEmpty()) {
        return;
      }
      Campaign campaign = listening.createCampaign(new NewCampaign(plan.team(), customers, null, CADENCE_DAYS,
          THRESHOLD), "manager", daysAgo(CREATED_DAYS_AGO, 9 * 3600));
      campaigns++;
      for (int wave = 0; wave < plan.waves(); wave++) {
        Instant sent = daysAgo(WAVES_DAYS_AGO[wave], 8 * 3600);
        for (String customer : customers) {
          List<IssuedInvitation> issued = listening.invite(campaign.id(),
              NewInvitations.count(customer, plan.invitationsPerWave().get(customer)), sent);
          invitations += issued.size();
          for (IssuedInvitation invitation : issued) {
            if (random.nextDouble() < plan.rate()) {
              respond(invitation.token(), plan.meanScore()[wave], sent);
            }
          }
        }
      }
    }

    private void respond(String token, double meanScore, Instant sent) {
      int nps = clamp((int) Math.round(meanScore + random.nextGaussian() * 1.7), 0, 10);
      int csat = clamp((int) Math.round(1 + nps * 0.4 + random.nextGaussian() * 0.6), 1, 5);
      Locale language = random.nextDouble() < FRENCH_SHARE ? Locale.FRENCH : Locale.ENGLISH;
      List<Answer> answers = new ArrayList<>(List.of(Answer.score(0, nps), Answer.score(1, csat)));
      if (random.nextDouble() < TEXT_SHARE) {
        answers.add(Answer.text(2, DemoVerbatims.pick(random, nps, language)));
        if (language == Locale.FRENCH) {
          french++;
        } else {
          english++;
        }
      }
      Instant at = sent.plusSeconds(1800 + random.nextInt(ANSWER_WINDOW_DAYS * 86_400));
      listening.respond(token, new NewResponse(answers), language, at);
      responses++;
    }

    private void conversations(Talked plan) {
      if (!model.isTeam(plan.team()) || !model.customers(plan.team()).contains(plan.customer())) {
        return;
      }
      for (int days : plan.daysAgo()) {
        Instant held = daysAgo(days, 10 * 3600 + 1800 * random.nextInt(14));
        boolean inFrench = random.nextDouble() < FRENCH_SHARE;
        String notes = pick(inFrench ? DemoTexts.CONVERSATION_NOTES_FR : DemoTexts.CONVERSATION_NOTES_EN);
        String participants = participant(plan.customer(), inFrench) + ", "
            + participant(plan.team(), inFrench);
        String by = plan.team().equals(memberTeam) ? "member" : "manager";
        listening.logConversation(new NewConversation(plan.team(), plan.customer(), held, participants, notes), by,
            held.plusSeconds(3600 + random.nextInt(2 * 86_400)));
        conversations++;
      }
    }

    /** Someone of a team, or a contact of a final customer, with whom they speak for. */
    private String participant(String node, boolean inFrench) {
      List<String> people = members.get(node);
      if (people == null || people.isEmpty()) {
        return pick(DemoTexts.CLIENT_CONTACTS) + (inFrench ? " (client)" : " (customer)");
      }
      return pick(people) + " (" + model.label(node) + ")";
    }

    private void card(CardPlan plan) {
      boolean finalCustomer = ValueChainIndex.CUSTOMER.equals(model.kind(plan.customer()));
      if (!finalCustomer && (!model.isTeam(plan.customer()) || model.suppliers(plan.customer()).isEmpty())) {
        return;
      }
      List<String> authors = new ArrayList<>(USERS);
      model.suppliers(plan.customer()).stream().filter(model::isTeam).map(model::label).forEach(authors::add);
      // a stale card has one facet that is old (or, one time in three, missing)
      int staleFacet = plan.fresh() ? -1 : random.nextInt(FACETS.length);
      for (int f = 0; f < FACETS.length; f++) {
        if (f == staleFacet) {
          if (random.nextInt(3) > 0) {
            entry(plan.customer(), f, finalCustomer, 200 + random.nextInt(150), authors);
          }
          continue;
        }
        entry(plan.customer(), f, finalCustomer, 3 + random.nextInt(170), authors);
        if (random.nextDouble() < 0.6) {
          entry(plan.customer(), f, finalCustomer, 185 + random.nextInt(175), authors);
        }
      }
      if (plan.fresh()) {
        fresh++;
      } else {
        stale++;
      }
    }

    private void entry(String customer, int facet, boolean finalCustomer, int daysAgo, List<String> authors) {
      boolean inFrench = random.nextDouble() < FRENCH_SHARE;
      String code = FACETS[facet].code();
      String text = pick((inFrench ? DemoTexts.ENTRIES_FR : DemoTexts.ENTRIES_EN).get(code).get(finalCustomer ? 0 : 1));
      Source[] sources = SOURCES[facet];
      String source = sources[random.nextInt(sources.length)].code();
      LocalDate date = LocalDate.ofInstant(now.minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC);
      cards.record(customer, new EntryForm(code, text, source, date.toString()), pick(authors), now);
      entries++;
    }

    private Instant daysAgo(int days, int secondsIntoDay) {
      return now.minus(Duration.ofDays(days)).plusSeconds(secondsIntoDay - 12 * 3600L);
    }

    private <T> T pick(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }
  }

  private static Map<String, Integer> ordered(Object... customerAndCount) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < customerAndCount.length; i += 2) {
      map.put((String) customerAndCount[i], (Integer) customerAndCount[i + 1]);
    }
    return map;
  }

  private static double[] flat(double mean) {
    return new double[] {mean, mean, mean, mean};
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
