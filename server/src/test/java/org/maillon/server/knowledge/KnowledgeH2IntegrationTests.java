package org.maillon.server.knowledge;

import org.springframework.boot.test.context.SpringBootTest;

/** The customer cards' persistence on the default database: an H2 file under the data dir, new for each run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "maillon.data-dir=target/h2-knowledge-${random.uuid}")
class KnowledgeH2IntegrationTests extends KnowledgePersistenceContract {}
