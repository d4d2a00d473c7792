package org.maillon.server.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When an action is overdue, the order lists show actions in, on 10 March 2026; the words of its voice
 * theme; whether a change changes it.
 */
class ActionTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static Action action(long id, String due, ActionStatus status) {
    return new Action(id, "a" + id, "p-1", "t", LocalDate.parse(due), status, null, SourceKind.NONE, null, "admin",
        null, null, false);
  }

  @Test
  void aPendingActionPastItsDueDayIsOverdueNotOneDueTodayNorOneDone() {
    assertThat(action(1, "2026-03-09", ActionStatus.OPEN).overdue(TODAY)).isTrue();
    assertThat(action(2, "2026-03-09", ActionStatus.IN_PROGRESS).overdue(TODAY)).isTrue();
    assertThat(action(3, "2026-03-10", ActionStatus.OPEN).overdue(TODAY)).isFalse();
    assertThat(action(4, "2026-03-01", ActionStatus.DONE).overdue(TODAY)).isFalse();
    assertThat(action(5, "2026-03-01", ActionStatus.DROPPED).overdue(TODAY)).isFalse();
  }

  @Test
  void overdueActionsComeFirstThenByDueDayThenById() {
    Action doneLongAgo = action(1, "2026-01-01", ActionStatus.DONE);
    Action later = action(2, "2026-04-01", ActionStatus.OPEN);
    Action overdue = action(3, "2026-03-01", ActionStatus.IN_PROGRESS);
    Action moreOverdue = action(4, "2026-02-01", ActionStatus.OPEN);
    Action today = action(5, "2026-03-10", ActionStatus.OPEN);
    Action todayToo = action(6, "2026-03-10", ActionStatus.OPEN);
    assertThat(List.of(todayToo, doneLongAgo, later, overdue, today, moreOverdue).stream()
        .sorted(Action.overdueFirst(TODAY)).map(Action::id).toList()).containsExactly(4L, 3L, 1L, 5L, 6L, 2L);
  }

  @Test
  void aVoiceThemeActionShowsTheWordsAfterTheTermAndOtherSourcesNone() {
    Action theme = new Action(7, "Follow up: délais", "p-1", "t", TODAY, ActionStatus.OPEN, null,
        SourceKind.VOICE_THEME, "delai:délais", "admin", null, null, false);
    assertThat(theme.themeLabel()).isEqualTo("délais");
    assertThat(action(8, "2026-03-10", ActionStatus.OPEN).themeLabel()).isNull();
  }

  @Test
  void aChangeToTheSameFieldsChangesNothingAndAnyOtherFieldDoes() {
    Action open = action(9, "2026-03-10", ActionStatus.OPEN);
    NewAction.Checked same = new NewAction.Checked("a9", "p-1", "t", TODAY, ActionStatus.OPEN, null, SourceKind.NONE,
        null);
    assertThat(same.changes(open)).isFalse();
    assertThat(new NewAction.Checked("a9", "p-1", "t", TODAY, ActionStatus.DONE, null, SourceKind.NONE, null)
        .changes(open)).isTrue();
    assertThat(new NewAction.Checked("a9", "p-1", "t", TODAY, ActionStatus.OPEN, "note", SourceKind.NONE, null)
        .changes(open)).isTrue();
  }
}
