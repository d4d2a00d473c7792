package org.maillon.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What makes a new entry rejected: every problem at once, each with its field. */
class EntryFormTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void aValidEntryHasNoProblemAndDefaultsToToday() {
    EntryForm form = new EntryForm("opinions", "  Likes the new catalogue  ", "visit", null);

    assertThat(form.problems(TODAY)).isEmpty();
    assertThat(form.day(TODAY)).isEqualTo(TODAY);
    assertThat(new EntryForm("needs", "x", "survey", "2026-11-28").problems(TODAY)).isEmpty();
    assertThat(new EntryForm("needs", "x".repeat(4000), "survey", "2026-01-02").day(TODAY))
        .isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void everyProblemIsListedWithItsField() {
    assertThat(new EntryForm("wishes", " ", "rumour", "2026-11-29").problems(TODAY))
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(tuple("facet", "unknown"), tuple("text", "empty"), tuple("source", "unknown"),
            tuple("date", "future"));
    assertThat(new EntryForm(null, "x".repeat(4001), "", "28/11/2026").problems(TODAY))
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(tuple("facet", "missing"), tuple("text", "too-long"), tuple("source", "missing"),
            tuple("date", "malformed"));
  }
}
