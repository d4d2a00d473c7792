package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The persistence contract on the default database: an H2 file under the data dir, new for each run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "maillon.data-dir=target/h2-persistence-${random.uuid}")
class H2PersistenceIntegrationTests extends PersistenceContract {

  @Value("${maillon.data-dir.absolute}") String dataDir;

  @Test
  void theDatabaseIsAFileUnderTheDataDir() {
    assertThat(dataDir).contains("target").contains("h2-persistence-");
    assertThat(Path.of(dataDir, "maillon.mv.db")).exists();
  }
}
