package org.maillon.server.security;

import java.util.Locale;
import java.util.stream.Collectors;
import org.maillon.server.startup.CannotStart;
import org.maillon.server.MaillonProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On the first start, when there is no user at all, creates {@code admin} with the password of
 * {@code MAILLON_ADMIN_PASSWORD}, or a generated one printed once to the log: it is never stored
 * in clear, so it cannot be shown again. A given password must follow the password rules (12
 * characters at least): the server does not start with a weaker one. Two processes starting
 * together on one database may both find no user: the one that creates admin second is refused, and
 * starts all the same.
 */
@Component
@Order(20)
class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final UserService users;
  private final MaillonProperties properties;
  private final MessageSource messages;

  FirstAdmin(UserService users, MaillonProperties properties, MessageSource messages) {
    this.users = users;
    this.properties = properties;
    this.messages = messages;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!users.none()) {
      return;
    }
    try {
      create();
    } catch (AccountRejected | DataIntegrityViolationException refused) {
      if (users.none()) {
        throw refused;
      }
      log.info("Another server process on this database created the user admin as it started.");
    }
  }

  private void create() {
    String given = properties.adminPassword();
    if (given != null && !given.isEmpty()) {
      try {
        users.create("admin", given, Role.ADMIN, null);
      } catch (AccountRejected rejected) {
        if (!users.none()) {
          throw rejected;
        }
        throw new CannotStart("MAILLON_ADMIN_PASSWORD is refused: " + rejected.problems().stream()
            .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), Locale.ENGLISH))
            .collect(Collectors.joining(" ")) + " Set another one and start again.");
      }
      log.info("Created the user admin with the password of MAILLON_ADMIN_PASSWORD.");
    } else {
      String generated = RandomPasswords.next();
      users.create("admin", generated, Role.ADMIN, null);
      log.warn("Created the user admin with the password {} — shown once, keep it.", generated);
    }
  }
}
