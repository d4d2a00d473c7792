package org.maillon.server.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the database must keep of actions, checked on every database Maillon runs on: each subclass
 * starts the application (so Flyway migrates to V7) on one of them. Tests share a database and only
 * add to it, each on a team id of its own.
 */
abstract class ActionsPersistenceContract {

  static final Instant AT = Instant.parse("2026-11-28T09:30:00.123456Z");

  @Autowired ActionStore store;
  @Autowired PlatformTransactionManager transactions;

  private static NewAction.Checked action(String team, String title, String owner, LocalDate due,
      ActionStatus status) {
    return new NewAction.Checked(title, owner, team, due, status, null, SourceKind.FINDING,
        "INVERSION:" + team + "->finance");
  }

  private long add(NewAction.Checked action) {
    return new TransactionTemplate(transactions).execute(status -> store.add(action, "élodie", AT));
  }

  @Test
  void anActionIsStoredOnlyInsideATransaction() {
    assertThatThrownBy(() -> store.add(action("outside", "t", "p", LocalDate.of(2026, 1, 1), ActionStatus.OPEN),
        "a", AT)).isInstanceOf(IllegalTransactionStateException.class);
    assertThat(store.list(new ActionStore.Filter("outside", null, null))).isEmpty();
  }

  @Test
  void anActionIsKeptAsItWasWrittenAtItsLimits() {
    String title = "« Raccourcir » le circuit — 😀 ".repeat(7).substring(0, 200);
    NewAction.Checked written = new NewAction.Checked(title, "p-0051", "kept", LocalDate.of(2026, 2, 28),
        ActionStatus.IN_PROGRESS, "n".repeat(2000), SourceKind.OVERDUE_LINK, "kept->clients-web");
    long id = add(written);

    Action read = store.find(id).orElseThrow();
    assertThat(read).isEqualTo(new Action(id, title, "p-0051", "kept", LocalDate.of(2026, 2, 28),
        ActionStatus.IN_PROGRESS, "n".repeat(2000), SourceKind.OVERDUE_LINK, "kept->clients-web", "élodie",
        AT.truncatedTo(ChronoUnit.MICROS), AT.truncatedTo(ChronoUnit.MICROS), false));
  }

  @Test
  void filtersCombineAndAListComesByDueDay() {
    long later = add(action("filtered", "later", "p-1", LocalDate.of(2026, 6, 1), ActionStatus.OPEN));
    long sooner = add(action("filtered", "sooner", "p-1", LocalDate.of(2026, 5, 1), ActionStatus.OPEN));
    long done = add(action("filtered", "done", "p-1", LocalDate.of(2026, 4, 1), ActionStatus.DONE));
    long other = add(action("filtered", "other", "p-2", LocalDate.of(2026, 4, 1), ActionStatus.OPEN));

    assertThat(store.list(new ActionStore.Filter("filtered", null, null))).extracting(Action::id)
        .containsExactly(done, other, sooner, later);
    assertThat(store.list(new ActionStore.Filter("filtered", "p-1", ActionStatus.OPEN))).extracting(Action::id)
        .containsExactly(sooner, later);
  }

  @Test
  void theFirstPendingActionsAreReadByDueDayAndNoMore() {
    add(action("pending", "done", "p-1", LocalDate.of(1901, 1, 1), ActionStatus.DONE));
    long second = add(action("pending", "second", "p-1", LocalDate.of(1901, 1, 3), ActionStatus.IN_PROGRESS));
    long first = add(action("pending", "first", "p-1", LocalDate.of(1901, 1, 2), ActionStatus.OPEN));
    add(action("pending", "third", "p-1", LocalDate.of(1901, 1, 4), ActionStatus.OPEN));
    add(action("pending", "dropped", "p-1", LocalDate.of(1901, 1, 2), ActionStatus.DROPPED));

    assertThat(store.pending(2)).extracting(Action::id).containsExactly(first, second);
  }

  @Test
  void anUpdateChangesWhatMayChangeAndItsTime() {
    long id = add(action("updated", "before", "p-1", LocalDate.of(2026, 6, 1), ActionStatus.OPEN));
    Instant later = AT.plusSeconds(3600);
    new TransactionTemplate(transactions).executeWithoutResult(status -> store.update(id,
        new NewAction.Checked("after", "p-2", "updated", LocalDate.of(2026, 7, 1), ActionStatus.DONE, "fait",
            SourceKind.FINDING, "INVERSION:updated->finance"), later));

    Action read = store.find(id).orElseThrow();
    assertThat(read.title()).isEqualTo("after");
    assertThat(read.owner()).isEqualTo("p-2");
    assertThat(read.due()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(read.status()).isEqualTo(ActionStatus.DONE);
    assertThat(read.notes()).isEqualTo("fait");
    assertThat(read.createdAt()).isEqualTo(AT.truncatedTo(ChronoUnit.MICROS));
    assertThat(read.updatedAt()).isEqualTo(later.truncatedTo(ChronoUnit.MICROS));
  }
}
