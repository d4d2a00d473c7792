package org.maillon.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole server on a random port and its own SQLite database, shared by the classes that
 * fail sign-ins on purpose (throttling, disabled users, changed passwords): their failures, all
 * from this machine's address, must not make the server of {@link ApiTest} refuse other tests'
 * sign-ins. Its clock is a {@link MutableClock} that stands still: these tests move it past the
 * throttle's window before each test, so that no failure of one test counts in the next.
 */
@Import(TestClockConfiguration.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-sign-in-${random.uuid}",
    "maillon.admin-password=" + ApiTest.ADMIN_PASSWORD})
public @interface SignInServerTest {}
