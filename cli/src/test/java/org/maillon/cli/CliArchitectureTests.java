package org.maillon.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command line uses the core through its public packages only: the engine ({@code graph},
 * {@code parallel}) may change shape without the command line noticing. docs/architecture.md
 * draws it.
 */
class CliArchitectureTests {

  @Test
  void theCommandLineDoesNotReachIntoTheCoresEngine() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.maillon.graph..", "org.maillon.parallel..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.maillon.cli"));
  }
}
