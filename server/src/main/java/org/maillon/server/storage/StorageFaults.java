package org.maillon.server.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells a full disk from other storage failures, so that a write refused for want of space is
 * answered "retry later" (503) rather than as a bug, and keeps {@code /actuator/health} DOWN
 * ({@code storage}) from the first such failure until space is back. It never waits for a write
 * to say so: while DOWN, each health check writes a small file in the data folder and flushes it,
 * and is UP again once that works. On PostgreSQL, whose disk is not Maillon's to probe, it stays
 * DOWN for {@link #RETRY_AFTER} after the last full-disk error.
 */
@Component("storage")
public class StorageFaults implements HealthIndicator {

  /** How long a client is told to wait before writing again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(60);

  private static final Logger log = LoggerFactory.getLogger(StorageFaults.class);
  private static final String DISK_FULL_STATE = "53100";

  private final Optional<Path> dataFolder;
  private final Clock clock;
  private final AtomicReference<Instant> fullSince = new AtomicReference<>();

  StorageFaults(Environment environment, Clock clock) {
    this.dataFolder = SqliteFile.of(environment.getProperty(DataDirectory.URL, "")).map(SqliteFile::folder);
    this.clock = clock;
  }

  /** Whether this failure is the disk being full; if so it is noted, and health is DOWN until space is back. */
  public boolean noticed(Throwable failure) {
    if (!diskFull(failure)) {
      return false;
    }
    Instant now = clock.instant();
    if (fullSince.getAndSet(now) == null) {
      log.warn("storage full: a write was refused for want of disk space{}; writes answer 503 until space is freed",
          dataFolder.map(folder -> " in " + folder).orElse(""));
    }
    return true;
  }

  @Override
  public Health health() {
    Instant since = fullSince.get();
    if (since != null && spaceBack(since) && fullSince.compareAndSet(since, null)) {
      log.info("storage: disk space is back, writes are accepted again");
      since = null;
    }
    return since == null ? Health.up().build()
        : Health.down().withDetail("reason", "disk full: writes are refused (503) until space is freed")
            .withDetail("lastRefusedAt", since.toString()).build();
  }

  private boolean spaceBack(Instant since) {
    if (dataFolder.isEmpty()) {
      return clock.instant().isAfter(since.plus(RETRY_AFTER));
    }
    try {
      DataFolderCheck.write(dataFolder.get());
      return true;
    } catch (IOException stillFull) {
      return false;
    }
  }

  /**
   * SQLite's {@code SQLITE_FULL}, PostgreSQL's {@code disk_full}, or the system's "no space left",
   * anywhere in the causes, and in the commit failure a failed rollback after it hides (SQLite
   * rolls back by itself when a commit fails for want of space, so the rollback that follows fails).
   */
  static boolean diskFull(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL
          || cause instanceof SQLException sql && DISK_FULL_STATE.equals(sql.getSQLState())
          || cause instanceof IOException io && DataFolderCheck.full(io)
          || cause instanceof TransactionSystemException tx && tx.getApplicationException() != null
              && diskFull(tx.getApplicationException())) {
        return true;
      }
    }
    return false;
  }
}
