package org.maillon.server.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;

/**
 * An action's fields checked against the demo SME, whose in-store sales team (ventes-magasins) is
 * led by p-0051, on 1 March 2026.
 */
class NewActionTests {

  static final Diagnosis SME = ModelFiles.read(ExampleModels.example("sme.yaml"), Locale.ENGLISH).diagnose();
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @Test
  void theOwnerIsTheTeamsLeadTheDueDayThirtyDaysOnAndTheStatusOpenWhenNotGiven() {
    NewAction.Checked checked = new NewAction("  Raccourcir le circuit  ", null, "ventes-magasins", null, null, "",
        null, null).check(SME, TODAY);
    assertThat(checked).isEqualTo(new NewAction.Checked("Raccourcir le circuit", "p-0051", "ventes-magasins",
        LocalDate.of(2026, 3, 31), ActionStatus.OPEN, null, SourceKind.NONE, null));
  }

  @Test
  void everyProblemIsReportedOnItsField() {
    ActionRejected rejected = catchThrowableOfType(ActionRejected.class, () -> new NewAction("x".repeat(201), "p-9999",
        "ventes-magasins", "2026-02-30", "later", "n".repeat(2001), "rumour", null).check(SME, TODAY));
    assertThat(rejected.problems()).extracting(ActionRejected.Problem::field, ActionRejected.Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("title", "tooLong"),
            org.assertj.core.groups.Tuple.tuple("owner", "unknownPerson"),
            org.assertj.core.groups.Tuple.tuple("due", "badDate"),
            org.assertj.core.groups.Tuple.tuple("status", "badStatus"),
            org.assertj.core.groups.Tuple.tuple("notes", "tooLong"),
            org.assertj.core.groups.Tuple.tuple("sourceKind", "badSource"));
  }

  @Test
  void anUnknownTeamAndAMissingTitleAndSourceKeyAreProblems() {
    ActionRejected rejected = catchThrowableOfType(ActionRejected.class,
        () -> new NewAction(" ", null, "nowhere", null, null, null, "finding", null).check(SME, TODAY));
    assertThat(rejected.problems()).extracting(ActionRejected.Problem::field)
        .containsExactly("title", "team", "owner", "sourceKey");
  }

  @Test
  void aChangeKeepsWhatItLeavesOutAndChecksWhatItGives() {
    Action action = new Action(7, "Appeler", "p-0058", "ventes-magasins", TODAY, ActionStatus.OPEN, "Avant",
        SourceKind.NONE, null, "admin", null, null, false);
    assertThat(new ActionChange(null, null, null, "done", "").applyTo(action, SME))
        .isEqualTo(new NewAction.Checked("Appeler", "p-0058", "ventes-magasins", TODAY, ActionStatus.DONE, null,
            SourceKind.NONE, null));
    assertThat(new ActionChange(null, null, null, "done", "").onlyStatusAndNotes()).isTrue();
    assertThat(new ActionChange(null, null, "2026-04-01", null, null).onlyStatusAndNotes()).isFalse();
    assertThat(catchThrowableOfType(ActionRejected.class,
        () -> new ActionChange("", "p-9999", "soon", null, null).applyTo(action, SME)).problems())
        .extracting(ActionRejected.Problem::field).containsExactly("title", "owner", "due");
  }
}
