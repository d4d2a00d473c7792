package org.maillon.server.organization;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The persistence contract on the default database: an H2 file under the data dir. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class H2PersistenceIntegrationTests extends PersistenceContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    String dataDir = Files.createTempDirectory("maillon-h2-").toAbsolutePath().toString();
    registry.add("maillon.data-dir", () -> dataDir);
  }
}
