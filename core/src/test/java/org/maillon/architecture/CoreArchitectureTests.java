package org.maillon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core is the domain: the server and the CLI adapt it, never the reverse. It depends on no
 * framework, so that it stays testable, fast and reusable by every adapter.
 */
class CoreArchitectureTests {

  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.maillon");

  @Test
  void coreDependsOnNoFramework() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.persistence..", "picocli..", "org.hibernate..")
        .because("the core must stay free of frameworks")
        .check(core);
  }

  @Test
  void coreDoesNotReachIntoItsAdapters() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.maillon.cli..", "org.maillon.server..")
        .check(core);
  }

  @Test
  void theModelDependsOnNothingElseOfMaillon() {
    noClasses().that().resideInAPackage("org.maillon.model")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.maillon.graph..", "org.maillon.hierarchy..", "org.maillon.valuechain..", "org.maillon.diagnosis..")
        .check(core);
  }
}
