package org.maillon.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole server on a random port, on a SQLite database in a folder of its own under
 * {@code target/test-data}, shared by every class that carries this annotation (one application
 * context for them all), with a known admin password.
 * Tests only add versions and users, and compare with what was there before them. Its clock is a
 * {@link MutableClock}: a test that moves it sets it first and reads times from it.
 */
@Import(TestClockConfiguration.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-api-${random.uuid}",
    "maillon.admin-password=" + ApiTest.ADMIN_PASSWORD})
public @interface ApiTest {

  String ADMIN_PASSWORD = "admin-secret-for-tests";
}
