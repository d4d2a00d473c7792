package org.maillon.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module: it uses other modules only through their top-level public
 * types, and no two modules depend on each other in a cycle.
 */
class ModularityTests {

  @Test
  void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
    ApplicationModules.of(MaillonServer.class).verify();
  }
}
