package org.maillon.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the database must keep of the customer cards, checked on every database Maillon runs on:
 * each subclass starts the application (so Flyway migrates) on one of them. Tests share a database
 * and only add to it, each on a customer id of its own.
 */
abstract class KnowledgePersistenceContract {

  static final OffsetDateTime RECORDED = OffsetDateTime.of(2026, 11, 28, 9, 30, 0, 123_000_000, ZoneOffset.UTC);

  @Autowired CardEntries entries;
  @Autowired CustomerCards cards;
  @Autowired OrganizationService organizations;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void anEntryIsStoredOnlyInsideATransaction() {
    assertThatThrownBy(() -> entries.add("outside", Facet.NEEDS, LocalDate.of(2026, 1, 1), "t", "a", Source.VISIT,
        RECORDED)).isInstanceOf(IllegalTransactionStateException.class);
    assertThat(entries.of("outside")).isEmpty();
  }

  @Test
  void anEntryIsKeptAsItWasWritten() {
    String text = "Veut des délais « courts » — 2 semaines, pas 6; <b>ni plus</b> ni moins 😀";
    CardEntry added = add("kept", Facet.STAKES, LocalDate.of(2026, 2, 28), text, "élodie", Source.DOCUMENT,
        RECORDED);

    assertThat(entries.of("kept")).containsExactly(added);
    assertThat(added.recordedAt().toInstant()).isEqualTo(RECORDED.toInstant());
    assertThat(add("kept", Facet.NEEDS, LocalDate.of(2026, 3, 1), "x".repeat(EntryForm.MAX_TEXT), "a",
        Source.SURVEY, RECORDED).text()).hasSize(4000);
  }

  @Test
  void entriesComeNewestFirstAndTheLatestDateOfEachFacetIsKnown() {
    CardEntry old = add("ordered", Facet.OPINIONS, LocalDate.of(2026, 1, 10), "old", "a", Source.VISIT, RECORDED);
    CardEntry recent = add("ordered", Facet.OPINIONS, LocalDate.of(2026, 5, 1), "recent", "a", Source.VISIT,
        RECORDED);
    CardEntry sameDayLater = add("ordered", Facet.OPINIONS, LocalDate.of(2026, 5, 1), "later", "b",
        Source.SURVEY, RECORDED.plusMinutes(1));
    CardEntry project = add("ordered", Facet.PROJECTS, LocalDate.of(2026, 3, 3), "p", "a", Source.DOCUMENT,
        RECORDED);

    assertThat(entries.of("ordered")).containsExactly(sameDayLater, recent, project, old);
    assertThat(entries.latestDates().get("ordered")).containsExactly(
        Map.entry(Facet.OPINIONS, LocalDate.of(2026, 5, 1)),
        Map.entry(Facet.PROJECTS, LocalDate.of(2026, 3, 3)));
  }

  @Test
  void aCardOutlivesTheModelVersionsThatDoNotListItsCustomer() {
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    CardEntry kept = add("promoteurs", Facet.PROJECTS, LocalDate.of(2026, 4, 4), "A new district", "a",
        Source.CONVERSATION, RECORDED);

    organizations.importModel("legion.yaml", ExampleModels.bytes("legion.yaml"), "tests", Locale.ENGLISH);
    List<String> listed = cards.customers().stream().map(CustomerCards.Status::id).toList();
    assertThat(listed).doesNotContain("promoteurs");

    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    assertThat(cards.card("promoteurs").facets().get("projects")).contains(kept);
  }

  private CardEntry add(String customer, Facet facet, LocalDate date, String text, String author, Source source,
      OffsetDateTime recordedAt) {
    return new TransactionTemplate(transactions)
        .execute(status -> entries.add(customer, facet, date, text, author, source, recordedAt));
  }
}
