package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of the pages: every English key has its French text and the reverse, and every
 * key is used. A key is used when a template, a script or a class names it, or when one of them builds
 * it from a prefix ({@code #{${'kind.' + kind}}}, {@code "listening.problem." + code}), core's classes
 * included (a finding's name key); a key named after
 * a Bean Validation constraint ({@code NotBlank}) is the API's text for it ({@code ApiProblems}).
 */
class MessagesTests {

  static final Path RESOURCES = Path.of("src", "main", "resources");
  static final Path SOURCES = Path.of("src", "main", "java");
  /** Core builds some keys the pages show, such as a finding's name ({@code FindingKind.nameKey}). */
  static final Path CORE_SOURCES = Path.of("..", "core", "src", "main", "java");
  static final Pattern PREFIX = Pattern.compile("['\"]([A-Za-z0-9_.-]+\\.)['\"]\\s*\\+");

  @Test
  void everyEnglishKeyHasItsFrenchTextAndTheReverse() throws IOException {
    List<Path> english = bundles();
    assertThat(english).hasSizeGreaterThan(5);
    for (Path bundle : english) {
      Path french = bundle.resolveSibling(bundle.getFileName().toString().replace(".properties", "_fr.properties"));
      assertThat(missing(keys(bundle), keys(french))).as("keys missing from " + french.getFileName()).isEmpty();
      assertThat(missing(keys(french), keys(bundle))).as("keys missing from " + bundle.getFileName()).isEmpty();
    }
  }

  @Test
  void everyKeyIsUsedByATemplateAScriptOrAClass() throws IOException {
    StringBuilder code = new StringBuilder();
    for (Path root : List.of(RESOURCES.resolve("templates"), RESOURCES.resolve("static"), SOURCES, CORE_SOURCES)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|js|java)$")).toList()) {
          code.append(Files.readString(file)).append('\n');
        }
      }
    }
    String all = code.toString();
    Set<String> prefixes = new TreeSet<>();
    Matcher prefix = PREFIX.matcher(all);
    while (prefix.find()) {
      prefixes.add(prefix.group(1));
    }
    List<String> unused = new ArrayList<>();
    for (Path bundle : bundles()) {
      for (String key : keys(bundle)) {
        if (!all.contains(key) && !constraint(key) && prefixes.stream().noneMatch(key::startsWith)) {
          unused.add(RESOURCES.relativize(bundle) + ": " + key);
        }
      }
    }
    assertThat(unused).isEmpty();
  }

  @Test
  void frenchCountsAgreeWithTheirNumber() throws IOException {
    Properties french = load(RESOURCES.resolve("i18n/pages_fr.properties"));
    MessageFormat more = new MessageFormat(french.getProperty("home.more"), Locale.FRENCH);
    assertThat(more.format(new Object[] {1})).isEqualTo("… et 1 autre");
    assertThat(more.format(new Object[] {11})).isEqualTo("… et 11 autres");
  }

  private static Set<String> missing(Set<String> wanted, Set<String> present) {
    Set<String> missing = new TreeSet<>(wanted);
    missing.removeAll(present);
    return missing;
  }

  private static boolean constraint(String key) {
    try {
      return Class.forName("jakarta.validation.constraints." + key.split("\\.")[0]).isAnnotation();
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The English bundles: messages.properties and those of i18n/. */
  private static List<Path> bundles() throws IOException {
    try (Stream<Path> files = Stream.concat(Stream.of(RESOURCES.resolve("messages.properties")),
        Files.list(RESOURCES.resolve("i18n")))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".properties"))
          .filter(f -> !f.getFileName().toString().contains("_")).sorted().toList();
    }
  }

  private static Set<String> keys(Path bundle) throws IOException {
    return new TreeSet<>(load(bundle).stringPropertyNames());
  }

  private static Properties load(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
