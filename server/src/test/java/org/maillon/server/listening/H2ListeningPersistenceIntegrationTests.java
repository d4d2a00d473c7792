package org.maillon.server.listening;

import org.springframework.boot.test.context.SpringBootTest;

/** The listening persistence contract on the default database: an H2 file under the data dir, new for each run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "maillon.data-dir=target/h2-listening-${random.uuid}")
class H2ListeningPersistenceIntegrationTests extends ListeningPersistenceContract {}
