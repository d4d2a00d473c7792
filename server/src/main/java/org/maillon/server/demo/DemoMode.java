package org.maillon.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.RandomPasswords;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code maillon.demo=true}): on a fresh database, imports the example model
 * ({@code maillon.demo.model}, {@code examples/sme.yaml} by default) and creates one user of each
 * role, the member linked to a front-line collaborator, writes a year of listening history and
 * customer cards ({@link DemoHistory}) and bureaucracy pulses ({@link DemoPulses}), then prints
 * the URL and the sign-ins.
 * Runs before the first admin is created, so that the demo's admin is the only one.
 */
@Component
@Order(10)
class DemoMode implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

  private final boolean enabled;
  private final Path model;
  private final OrganizationService organizations;
  private final CurrentOrganization current;
  private final UserService users;
  private final Environment environment;
  private final DemoHistory history;
  private final DemoPulses pulses;

  DemoMode(@Value("${maillon.demo:false}") boolean enabled,
      @Value("${maillon.demo.model:examples/sme.yaml}") String model,
      OrganizationService organizations, CurrentOrganization current, UserService users, Environment environment,
      DemoHistory history, DemoPulses pulses) {
    this.enabled = enabled;
    this.model = Path.of(model);
    this.organizations = organizations;
    this.current = current;
    this.users = users;
    this.environment = environment;
    this.history = history;
    this.pulses = pulses;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    if (!organizations.isEmpty() || !users.none()) {
      log.info("Demo mode: the database is not fresh, so it is left as it is.");
      return;
    }
    byte[] content;
    try {
      content = Files.readAllBytes(model);
    } catch (IOException e) {
      throw new UncheckedIOException("Demo mode: cannot read the model " + model.toAbsolutePath(), e);
    }
    organizations.importModel(model.getFileName().toString(), content, "demo", Locale.ENGLISH);
    String member = memberPerson(current.diagnosis());
    String adminPassword = RandomPasswords.next();
    String managerPassword = RandomPasswords.next();
    String memberPassword = RandomPasswords.next();
    users.create("admin", adminPassword, Role.ADMIN, null);
    users.create("manager", managerPassword, Role.MANAGER, null);
    users.create("member", memberPassword, Role.MEMBER, member);
    String memberTeam = current.diagnosis().person(member).map(PersonFigures::team).orElse(null);
    try {
      history.write(memberTeam);
      pulses.write();
    } catch (RuntimeException e) {
      log.warn("Demo mode: no listening history, as it could not be written on this model: {}", e.toString());
    }
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    String banner = String.join(System.lineSeparator(),
        "",
        "==================== Maillon demo ====================",
        "  Open http://localhost:" + port + "/",
        "  Model: " + model + " (" + current.diagnosis().headcount() + " people)",
        "  Sign in as:",
        "    admin   / " + adminPassword,
        "    manager / " + managerPassword,
        "    member  / " + memberPassword + "   (person " + member + ")",
        "  API docs: http://localhost:" + port + "/api/docs",
        "======================================================");
    log.warn(banner);
  }

  /** A collaborator of a team that serves a final customer directly, who manages no one; else the first person. */
  static String memberPerson(Diagnosis diagnosis) {
    String first = null;
    for (int rank = 0; rank < diagnosis.personCount(); rank++) {
      PersonFigures person = diagnosis.person(rank);
      if (first == null) {
        first = person.id();
      }
      if (person.team() != null && Integer.valueOf(1).equals(person.hopsToCustomer())
          && person.directReports().isEmpty()) {
        return person.id();
      }
    }
    return first;
  }
}
