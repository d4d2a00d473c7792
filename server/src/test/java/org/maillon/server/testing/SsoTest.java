package org.maillon.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole server as {@link ApiTest} starts it, with single sign-on through the
 * {@link TestOidcProvider} ("Acme ID"): people matched by their email (the default), the group
 * {@value #ADMINS} making admins and {@value #MANAGERS} managers, local accounts kept. One
 * application context for every class that carries it.
 */
@Import(TestClockConfiguration.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = TestOidcProvider.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-sso-${random.uuid}",
    "maillon.admin-password=" + ApiTest.ADMIN_PASSWORD,
    "maillon.sso.provider-name=Acme ID",
    "maillon.sso.admin-values=" + SsoTest.ADMINS,
    "maillon.sso.manager-values=" + SsoTest.MANAGERS + ",direction"})
public @interface SsoTest {

  String ADMINS = "maillon-admins";
  String MANAGERS = "maillon-managers";
}
