package org.maillon.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The server's conventions: packages by feature that say what they are for, controllers kept inside them. */
class ConventionsTests {

  static final JavaClasses SERVER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.maillon.server");

  @Test
  void controllersAreNotPublic() {
    classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
        .should().notBePublic()
        .check(SERVER);
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    Path root = Path.of("src", "main", "java", "org", "maillon", "server");
    try (Stream<Path> folders = Files.walk(root)) {
      List<Path> withoutPackageInfo = folders.filter(Files::isDirectory)
          .filter(ConventionsTests::holdsJava)
          .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
          .toList();
      assertThat(withoutPackageInfo).isEmpty();
    }
  }

  private static boolean holdsJava(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> file.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
