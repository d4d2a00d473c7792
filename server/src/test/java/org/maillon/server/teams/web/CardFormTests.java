package org.maillon.server.teams.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillon.card.CardStatement.Problem;
import org.maillon.server.teams.web.CardForm.CommitmentRow;
import org.maillon.server.teams.web.CardForm.ExpectationRow;
import org.maillon.server.teams.web.CardForm.ProcedureRow;

/** The card's form read and arranged, on rows written by hand. */
class CardFormTests {

  @Test
  void blankRowsAreLeftOutAndTheStatementsProblemsGoBackToTheRowsTheyCameFrom() {
    CardForm form = new CardForm();
    form.getCommitments().add(new CommitmentRow("a", "", List.of()));
    form.getCommitments().add(new CommitmentRow("a", "Fast", List.of("x")));
    form.getCommitments().add(new CommitmentRow("b", null, List.of()));
    form.getCommitments().add(new CommitmentRow("b", "", List.of("y")));

    CardFormReading reading = new CardFormReading(form, "t", id -> true, Set.of());

    assertThat(reading.statement().commitments()).extracting(c -> c.text()).containsExactly("Fast", "");
    assertThat(reading.located(new Problem("commitments[1].answers[0]", "unknownExpectation", "m")))
        .isEqualTo(new Problem("commitments[3].answers", "unknownExpectation", "m"));
    assertThat(reading.located(new Problem("commitments[0].text", "required", "m")).field())
        .isEqualTo("commitments[1].text");
    assertThat(reading.located(new Problem("reason", "tooLong", "m")).field()).isEqualTo("reason");
  }

  @Test
  void aNewExpectationOrProcedureGetsAnIdMadeFromItsTextThatNothingUses() {
    CardForm form = new CardForm();
    form.getExpectations().add(new ExpectationRow("s", "delai", "Un délai"));
    form.getExpectations().add(new ExpectationRow("s", "", "Un délai !"));
    form.getExpectations().add(new ExpectationRow("u", null, "Un délai"));
    form.getProcedures().add(procedure("", "Visa du contrôle", "2", "p-1, p-2"));

    CardFormReading reading = new CardFormReading(form, "t", id -> true, Set.of("visa-du-controle"));

    assertThat(reading.statement().expectations()).extracting(e -> e.id()).containsExactly("delai", "un-delai",
        "un-delai");
    assertThat(reading.statement().procedures().get(0).id()).isEqualTo("visa-du-controle-2");
    assertThat(reading.statement().procedures().get(0).approvals()).containsExactly("p-1", "p-2");
    assertThat(reading.statement().procedures().get(0).steps()).isEqualTo(2);
    assertThat(CardFormReading.newId("??", "", new HashSet<>())).isEqualTo("x");
  }

  @Test
  void aProcedureNeedsANameWholeStepsAndApproversWhoArePeople() {
    CardForm form = new CardForm();
    form.getProcedures().add(procedure("p", "", "deux", "p-1"));
    form.getProcedures().add(procedure("q", "Q", "0", "p-1,nobody"));
    form.getProcedures().add(procedure("r", "R", "", ""));

    CardFormReading reading = new CardFormReading(form, "t", "p-1"::equals, Set.of());

    assertThat(reading.problems()).extracting(Problem::field, Problem::code).containsExactly(
        tuple("procedures[0].name", "required"),
        tuple("procedures[0].steps", "steps"),
        tuple("procedures[1].steps", "steps"),
        tuple("procedures[1].approvals", "unknownPerson"));
    assertThat(reading.statement().procedures().get(2).steps()).isEqualTo(1);
  }

  @Test
  void aProceduresTimesTakeEitherDecimalMarkAndMustBePositiveWithTheWorkWithinTheLeadTime() {
    CardForm form = new CardForm();
    form.getProcedures().add(timed("p", "2,5", "3.5"));
    form.getProcedures().add(timed("q", "0", "deux"));
    form.getProcedures().add(timed("r", "1", "25"));
    form.getProcedures().add(timed("s", "", ""));

    CardFormReading reading = new CardFormReading(form, "t", id -> true, Set.of());

    assertThat(reading.problems()).extracting(Problem::field, Problem::code).containsExactly(
        tuple("procedures[1].leadTimeDays", "positive"),
        tuple("procedures[1].workHours", "positive"),
        tuple("procedures[2].workHours", "exceedsLeadTime"));
    assertThat(reading.statement().procedures()).extracting(p -> p.leadTimeDays(), p -> p.workHours())
        .containsExactly(tuple(2.5, 3.5), tuple(null, null), tuple(1.0, 25.0), tuple(null, null));
  }

  private static ProcedureRow timed(String id, String leadTimeDays, String workHours) {
    ProcedureRow row = procedure(id, id.toUpperCase(), "1", "");
    row.setLeadTimeDays(leadTimeDays);
    row.setWorkHours(workHours);
    return row;
  }

  @Test
  void arrangingAddsOrRemovesTheRowAskedForAndKeepsABlankRowEndingEachSection() {
    CardForm form = new CardForm();
    form.getCommitments().add(new CommitmentRow("a", "One", List.of()));
    form.getCommitments().add(new CommitmentRow("b", "Two", List.of()));
    form.getCommitments().add(new CommitmentRow("b", "", List.of()));

    form.arrange(List.of("a", "b"), List.of("s"), "commitment:b", "commitments:0");

    assertThat(form.getCommitments()).extracting(CommitmentRow::getTo, CommitmentRow::getText).containsExactly(
        tuple("b", "Two"), tuple("b", ""),
        tuple("a", null), tuple("b", null));
    assertThat(form.getExpectations()).extracting(ExpectationRow::getFrom).containsExactly("s");
    assertThat(form.getProcedures()).hasSize(1);
  }

  private static ProcedureRow procedure(String id, String name, String steps, String approvals) {
    ProcedureRow row = new ProcedureRow();
    row.setId(id);
    row.setName(name);
    row.setSteps(steps);
    row.setApprovals(approvals);
    return row;
  }
}
