package org.maillon.server.organization;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code organisation} in {@code /actuator/health} and its readiness group: OUT_OF_SERVICE (503)
 * until the stored organisation is loaded at start, so that no probe sends traffic to a server
 * that can only answer "loading".
 */
@Component("organisation")
class OrganizationHealth implements HealthIndicator {

  private final CurrentOrganization current;

  OrganizationHealth(CurrentOrganization current) {
    this.current = current;
  }

  @Override
  public Health health() {
    return current.loading() ? Health.outOfService().withDetail("reason", "the organisation is loading").build()
        : Health.up().build();
  }
}
