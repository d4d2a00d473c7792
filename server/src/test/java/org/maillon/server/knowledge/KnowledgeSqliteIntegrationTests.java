package org.maillon.server.knowledge;

import org.springframework.boot.test.context.SpringBootTest;

/** The customer cards' persistence on the default database: a SQLite file under the data dir, new for each run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "maillon.data-dir=target/test-data/sqlite-knowledge-${random.uuid}")
class KnowledgeSqliteIntegrationTests extends KnowledgePersistenceContract {}
