package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The scheduled jobs' lock on the default database, SQLite, whose {@code shedlock} table ShedLock
 * knows no dialect for: a lock held is refused to a second taker until it ends, then taken again.
 * (PostgreSQL's is in {@code SeveralServersIntegrationTests}, between two processes.)
 */
@SpringBootTest(properties = "maillon.data-dir=target/test-data/job-locks-${random.uuid}")
class SqliteJobLocksIntegrationTests {

  @Autowired LockProvider locks;

  @Test
  void aLockHeldIsRefusedUntilItIsReleased() {
    Optional<SimpleLock> first = locks.lock(lock("test-job", Duration.ZERO));
    assertThat(first).isPresent();
    assertThat(locks.lock(lock("test-job", Duration.ZERO))).as("while held").isEmpty();
    assertThat(locks.lock(lock("other-job", Duration.ZERO))).as("another job's").isPresent();
    first.get().unlock();
    Optional<SimpleLock> again = locks.lock(lock("test-job", Duration.ofMinutes(5)));
    assertThat(again).as("once released").isPresent();
    again.get().unlock();
    assertThat(locks.lock(lock("test-job", Duration.ZERO))).as("released, but held for at least its period").isEmpty();
  }

  private static LockConfiguration lock(String name, Duration atLeast) {
    return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(10), atLeast);
  }
}
