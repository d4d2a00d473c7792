package org.maillon.server.listening;

import org.springframework.boot.test.context.SpringBootTest;

/** The listening persistence contract on the default database: a SQLite file under the data dir, new for each run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "maillon.data-dir=target/test-data/sqlite-listening-${random.uuid}")
class SqliteListeningPersistenceIntegrationTests extends ListeningPersistenceContract {}
