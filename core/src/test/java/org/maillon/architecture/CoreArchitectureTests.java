package org.maillon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The core is the domain: the server and the command line adapt it, never the reverse (Maven's
 * module dependencies already forbid the reverse). Inside it, packages form layers without cycles,
 * so that each can be read, tested and reused knowing only those below it. docs/architecture.md
 * draws them.
 */
class CoreArchitectureTests {

  static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      .importPackages("org.maillon");

  /** The engine: the organisation compiled to arrays and the passes spread over the cores. */
  static final String[] ENGINE = {"org.maillon.graph..", "org.maillon.parallel.."};

  /**
   * Who may use whom, every package of the core in one layer: a new package fails the rule until
   * it is given its place here and in docs/architecture.md.
   */
  static final LayeredArchitecture LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .ensureAllClassesAreContainedInArchitecture()
      .layer("model").definedBy("org.maillon.model..")
      .layer("engine").definedBy(ENGINE)
      .layer("analyses").definedBy("org.maillon.hierarchy..", "org.maillon.valuechain..", "org.maillon.bureaucracy..")
      .layer("diagnosis").definedBy("org.maillon.diagnosis..")
      .layer("cards").definedBy("org.maillon.card..")
      .layer("diffs").definedBy("org.maillon.diff..")
      .layer("modelfiles").definedBy("org.maillon.modelfile..", "org.maillon.synthetic..")
      .layer("scenarios").definedBy("org.maillon.scenario..")
      .layer("voice").definedBy("org.maillon.voice..")
      .layer("centricity").definedBy("org.maillon.centricity..")
      .whereLayer("engine").mayOnlyBeAccessedByLayers("analyses", "diagnosis", "modelfiles", "scenarios")
      .whereLayer("analyses").mayOnlyBeAccessedByLayers("diagnosis", "cards", "centricity")
      .whereLayer("diagnosis").mayOnlyBeAccessedByLayers("cards", "diffs", "modelfiles", "centricity")
      .whereLayer("cards").mayNotBeAccessedByAnyLayer()
      .whereLayer("diffs").mayNotBeAccessedByAnyLayer()
      .whereLayer("modelfiles").mayOnlyBeAccessedByLayers("scenarios")
      .whereLayer("scenarios").mayNotBeAccessedByAnyLayer()
      .whereLayer("voice").mayOnlyAccessLayers("model")
      .whereLayer("voice").mayOnlyBeAccessedByLayers("centricity")
      .whereLayer("centricity").mayOnlyBeAccessedByLayers("diffs");

  @Test
  void coreDependsOnNoFramework() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.persistence..", "picocli..", "org.hibernate..")
        .because("the core must stay free of frameworks, whatever a pom lets in")
        .check(CORE);
  }

  @Test
  void noCycleBetweenCorePackages() {
    slices().matching("org.maillon.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void theModelDependsOnNothingElseOfTheCore() {
    classes().that().resideInAPackage("org.maillon.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.maillon.model..", "java..")
        .because("the model is what every reader builds and every analysis reads, and needs no one")
        .check(CORE);
  }

  /**
   * The command line and the server may not use the engine (their own architecture tests say so):
   * no public type of the core hands one out, so that they cannot even pass one along.
   */
  @Test
  void nothingPublicOutsideTheEngineHandsOutAnEngineType() {
    noMethods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackages(ENGINE)
        .should().haveRawReturnType(JavaClass.Predicates.resideInAnyPackage(ENGINE))
        .check(CORE);
  }

  @Test
  void corePackagesUseOnlyTheLayersBelowThem() {
    LAYERS.check(CORE);
  }
}
