package org.maillon.server.organization;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every {@code maillon.diagnosis.day-check} (five minutes by default) whether the server's
 * day has changed since the current diagnosis was made, and if so diagnoses it again: a server
 * running for weeks counts pending days as one started today would. It runs in every server
 * process, without a lock: each keeps its own diagnosis in memory. It also catches up with a version
 * another process stored, for a process that no request reached meanwhile.
 */
@Component
class DailyDiagnosis {

  private final OrganizationService organizations;

  DailyDiagnosis(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Scheduled(initialDelayString = "${maillon.diagnosis.day-check:PT5M}",
      fixedDelayString = "${maillon.diagnosis.day-check:PT5M}")
  void run() {
    organizations.catchUp();
    organizations.rediagnoseOnNewDay();
  }
}
