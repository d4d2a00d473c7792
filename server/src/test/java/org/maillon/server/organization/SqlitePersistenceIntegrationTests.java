package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The persistence contract on the default database: a SQLite file under the data dir, new for each run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "maillon.data-dir=target/test-data/sqlite-persistence-${random.uuid}")
class SqlitePersistenceIntegrationTests extends PersistenceContract {

  @Value("${maillon.data-dir.absolute}") String dataDir;

  @Test
  void theDatabaseIsAFileUnderTheDataDir() {
    assertThat(dataDir).contains("target").contains("sqlite-persistence-");
    assertThat(Path.of(dataDir, "maillon.db")).exists();
  }
}
