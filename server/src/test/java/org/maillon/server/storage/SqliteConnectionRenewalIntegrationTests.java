package org.maillon.server.storage;

import org.springframework.boot.test.context.SpringBootTest;

/** Connection renewal on the default database, SQLite, in a data folder of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/renewal-${random.uuid}",
    "maillon.admin-password=" + ConnectionRenewalContract.PASSWORD,
    ConnectionRenewalContract.PROPERTIES})
class SqliteConnectionRenewalIntegrationTests extends ConnectionRenewalContract {}
