package org.maillon.server.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.CurrentOrganization;
import org.springframework.stereotype.Component;

/** Reads a {@link KnowledgeView} of now: the current model, the cards' latest dates, today by the clock. */
@Component
class KnowledgeViews {

  private final CurrentOrganization current;
  private final CardEntries entries;
  private final Clock clock;
  private final KnowledgeProperties properties;

  KnowledgeViews(CurrentOrganization current, CardEntries entries, Clock clock, KnowledgeProperties properties) {
    this.current = current;
    this.entries = entries;
    this.clock = clock;
    this.properties = properties;
  }

  /** The view of now; a {@code NoModelException} (404) when no model was imported yet. */
  KnowledgeView now() {
    return of(diagnosis());
  }

  /** The current model's diagnosis; a {@code NoModelException} (404) when no model was imported yet. */
  Diagnosis diagnosis() {
    return current.diagnosis();
  }

  /** The view of this diagnosis with the cards and the day of now. */
  KnowledgeView of(Diagnosis diagnosis) {
    return new KnowledgeView(diagnosis, entries::latestDates, freshness());
  }

  Freshness freshness() {
    return new Freshness(LocalDate.now(clock), properties.freshnessDays());
  }
}
