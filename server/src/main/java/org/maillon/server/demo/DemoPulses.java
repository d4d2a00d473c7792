package org.maillon.server.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.maillon.server.listening.Answer;
import org.maillon.server.listening.IssuedInvitation;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewInvitations;
import org.maillon.server.listening.NewPulse;
import org.maillon.server.listening.NewResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's bureaucracy pulses, so that {@code /pulse} has something to show beside the
 * procedures: a pulse six weeks ago in seven teams of {@code examples/sme.yaml}, the front line
 * freer and closer to its customers than the support functions, and one team too small to be shown
 * under the anonymity threshold. Deterministic: a fixed seed, dated back from the clock's now.
 */
@Component
class DemoPulses {

  private static final Logger log = LoggerFactory.getLogger(DemoPulses.class);
  private static final long SEED = 20_261_129L;
  private static final int THRESHOLD = 5;
  private static final double ANSWERED = 0.75;

  /** A team's pulse: how many are invited, and the means its answers scatter around. */
  private record Plan(String team, int invited, double hoursLost, double shareOnCustomers, double freedom) {}

  private static final List<Plan> PLANS = List.of(
      new Plan("ventes-magasins", 12, 4, 70, 3.8),
      new Plan("service-client", 10, 6, 60, 3.3),
      new Plan("usine-assemblage", 12, 5, 45, 3.0),
      new Plan("informatique", 12, 9, 35, 2.6),
      new Plan("qualite", 10, 11, 30, 2.2),
      new Plan("finance", 9, 13, 20, 1.9),
      new Plan("juridique", 4, 8, 25, 2.4));

  private final ListeningService listening;
  private final Clock clock;

  DemoPulses(ListeningService listening, Clock clock) {
    this.listening = listening;
    this.clock = clock;
  }

  /** Writes the pulses and their answers in one transaction, all of them or none, and logs how many. */
  @Transactional
  void write() {
    Random random = new Random(SEED);
    Instant sent = clock.instant().minus(Duration.ofDays(45));
    int answers = 0;
    for (Plan plan : PLANS) {
      long pulse = listening.createPulse(new NewPulse(plan.team(), THRESHOLD), "manager", sent).id();
      for (IssuedInvitation invitation : listening.invite(pulse, new NewInvitations(null, plan.invited(), null), sent)) {
        if (random.nextDouble() < ANSWERED) {
          listening.respond(invitation.token(), answer(plan, random), Locale.FRENCH,
              sent.plusSeconds(3600 + random.nextInt(10 * 86_400)));
          answers++;
        }
      }
    }
    log.info("Demo pulses: {} teams, {} answers.", PLANS.size(), answers);
  }

  private static NewResponse answer(Plan plan, Random random) {
    return new NewResponse(List.of(
        Answer.score(0, around(plan.hoursLost(), 3, 0, 60, random)),
        Answer.score(1, around(plan.shareOnCustomers(), 12, 0, 100, random)),
        Answer.score(2, around(plan.freedom(), 0.8, 1, 5, random))));
  }

  private static int around(double mean, double spread, int min, int max, Random random) {
    return Math.max(min, Math.min(max, (int) Math.round(mean + random.nextGaussian() * spread)));
  }
}
