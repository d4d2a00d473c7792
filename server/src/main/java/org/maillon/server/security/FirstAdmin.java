package org.maillon.server.security;

import org.maillon.server.MaillonProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, when there is no user at all, creates {@code admin} with the password of
 * {@code MAILLON_ADMIN_PASSWORD}, or a generated one printed once to the log: it is never stored
 * in clear, so it cannot be shown again.
 */
@Component
@Order(20)
class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final UserService users;
  private final MaillonProperties properties;

  FirstAdmin(UserService users, MaillonProperties properties) {
    this.users = users;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!users.none()) {
      return;
    }
    String given = properties.adminPassword();
    if (given != null && !given.isEmpty()) {
      users.create("admin", given, Role.ADMIN, null);
      log.info("Created the user admin with the password of MAILLON_ADMIN_PASSWORD.");
    } else {
      String generated = RandomPasswords.next();
      users.create("admin", generated, Role.ADMIN, null);
      log.warn("Created the user admin with the password {} — shown once, keep it.", generated);
    }
  }
}
