package org.maillon.server.actions;

import org.springframework.boot.test.context.SpringBootTest;

/** Actions' persistence on the default database: a SQLite file under the data dir, new for each run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "maillon.data-dir=target/test-data/sqlite-actions-${random.uuid}")
class ActionsSqliteIntegrationTests extends ActionsPersistenceContract {}
