package org.maillon.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module: it uses other modules only through their top-level public
 * types, and no two modules depend on each other in a cycle. The core is used through its public
 * packages only: its engine ({@code graph}, {@code parallel}) may change shape without the server
 * noticing. docs/architecture.md draws both.
 */
class ModularityTests {

  @Test
  void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
    ApplicationModules.of(MaillonServer.class).verify();
  }

  @Test
  void theServerDoesNotReachIntoTheCoresEngine() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.maillon.graph..", "org.maillon.parallel..")
        .check(ConventionsTests.SERVER);
  }
}
