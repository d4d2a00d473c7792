package org.maillon.server.organization;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Diagnoses the latest stored version at start-up, before anything else runs. */
@Component
@Order(0)
class CurrentOrganizationLoader implements ApplicationRunner {

  private final OrganizationService organizations;

  CurrentOrganizationLoader(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    organizations.loadCurrent();
  }
}
