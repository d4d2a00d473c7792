package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What counts as a full disk, answered 503 "retry later", and what stays a failure of its own. */
class StorageFaultsTests {

  @Test
  void aFullDiskIsRecognisedWhereverItIsInTheCauses() {
    SQLiteException full = new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
    assertThat(StorageFaults.diskFull(new TransactionSystemException("Could not commit JDBC transaction", full)))
        .isTrue();
    TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
        new SQLiteException("cannot rollback - no transaction is active", SQLiteErrorCode.SQLITE_ERROR));
    rollbackFailed.initApplicationException(new IllegalStateException(full));
    assertThat(StorageFaults.diskFull(rollbackFailed)).as("behind the rollback that SQLite made needless").isTrue();
    assertThat(StorageFaults.diskFull(new SQLException("could not extend file", "53100"))).as("PostgreSQL").isTrue();
    assertThat(StorageFaults.diskFull(new IOException("No space left on device"))).isTrue();
  }

  @Test
  void otherStorageFailuresAreNotAFullDisk() {
    assertThat(StorageFaults.diskFull(new DataIntegrityViolationException("CHECK constraint failed",
        new SQLiteException("[SQLITE_CONSTRAINT_CHECK]", SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK)))).isFalse();
    assertThat(StorageFaults.diskFull(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(StorageFaults.diskFull(new IOException("Broken pipe"))).isFalse();
    assertThat(StorageFaults.diskFull(new TransactionSystemException("JDBC rollback failed"))).isFalse();
  }
}
