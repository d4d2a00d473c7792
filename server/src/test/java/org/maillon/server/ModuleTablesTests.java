package org.maillon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table of the migrations has one owner, the one module whose SQL writes it, and only the
 * owner's SQL names it: other modules ask the owner through its public API, so that Spring
 * Modulith's {@code verify()} ({@link ModularityTests}) sees every dependency on stored data. The
 * SQL is the string literals of each module's main sources.
 */
class ModuleTablesTests {

  static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
  static final Path SOURCES = Path.of("src", "main", "java", "org", "maillon", "server");
  private static final Pattern NAMED = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+\"?(\\w+)");
  private static final Pattern WRITTEN = Pattern.compile("\\bINSERT\\s+INTO\\s+\"?(\\w+)");
  private static final Pattern CHANGE = Pattern.compile(
      "\\b(CREATE TABLE|DROP TABLE|ALTER TABLE)\\s+(?:IF (?:NOT )?EXISTS\\s+)?(\\w+)(?:\\s+RENAME TO\\s+(\\w+))?",
      Pattern.CASE_INSENSITIVE);

  /**
   * The tables that libraries write with SQL of their own (V13): Spring Session's sessions and
   * ShedLock's locks. No module's SQL names them.
   */
  static final Set<String> LIBRARIES_TABLES = Set.of("spring_session", "spring_session_attributes", "shedlock");

  @Test
  void everyTableIsWrittenByOneModule() {
    Map<String, Set<String>> writers = writers(sqlByModule());
    Set<String> ours = new TreeSet<>(tables());
    ours.removeAll(LIBRARIES_TABLES);
    assertThat(ours).isNotEmpty().allSatisfy(table ->
        assertThat(writers.getOrDefault(table, Set.of())).as("the modules writing %s", table).hasSize(1));
  }

  @Test
  void onlyItsOwnerNamesATable() {
    Map<String, List<String>> sql = sqlByModule();
    Map<String, String> owners = owners(sql);
    List<String> trespasses = new ArrayList<>();
    sql.forEach((module, literals) -> literals.forEach(literal -> names(literal).stream()
        .filter(table -> owners.containsKey(table) && !owners.get(table).equals(module))
        .forEach(table -> trespasses.add(module + " names " + table + ", which " + owners.get(table) + " owns"))));
    assertThat(trespasses).isEmpty();
  }

  @Test
  void listeningOwnsTheTablesOfCampaignsResponsesAndConversations() {
    Map<String, String> owners = owners(sqlByModule());
    assertThat(owners).containsEntry("campaigns", "listening").containsEntry("campaign_customers", "listening")
        .containsEntry("campaign_questions", "listening").containsEntry("invitations", "listening")
        .containsEntry("responses", "listening").containsEntry("answers", "listening")
        .containsEntry("conversations", "listening").containsEntry("model_versions", "organization")
        .containsEntry("card_entries", "knowledge").containsEntry("users", "security")
        .containsEntry("actions", "actions");
  }

  @Test
  void tablesAreFoundInStringsNotInComments() {
    List<String> literals = literals("""
        // SELECT * FROM users
        /* JOIN card_entries */
        char quote = '"';
        String sql = "SELECT r.id FROM responses r JOIN campaigns c" + where;
        String block = \"""
            INSERT INTO answers (response_id) VALUES (?)\""";
        """);
    assertThat(literals.stream().flatMap(literal -> names(literal).stream()))
        .containsExactly("responses", "campaigns", "answers");
  }

  /** The tables the migrations leave, on either engine: created, minus dropped, renamed. */
  static Set<String> tables() {
    Set<String> tables = new TreeSet<>();
    for (String engine : List.of("sqlite", "postgresql")) {
      Set<String> left = new LinkedHashSet<>();
      Stream.of(MIGRATIONS.resolve("common"), MIGRATIONS.resolve(engine))
          .flatMap(ModuleTablesTests::files)
          .filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .sorted(Comparator.comparingInt(ModuleTablesTests::version))
          .forEach(file -> apply(read(file), left));
      tables.addAll(left);
    }
    return tables;
  }

  private static void apply(String migration, Set<String> tables) {
    Matcher change = CHANGE.matcher(migration.replaceAll("--[^\n]*", ""));
    while (change.find()) {
      String table = change.group(2).toLowerCase();
      switch (change.group(1).toUpperCase()) {
        case "CREATE TABLE" -> tables.add(table);
        case "DROP TABLE" -> tables.remove(table);
        default -> {
          if (change.group(3) != null && tables.remove(table)) {
            tables.add(change.group(3).toLowerCase());
          }
        }
      }
    }
  }

  /** By table, the one module that writes it. */
  static Map<String, String> owners(Map<String, List<String>> sql) {
    Map<String, String> owners = new TreeMap<>();
    writers(sql).forEach((table, modules) -> {
      if (modules.size() == 1) {
        owners.put(table, modules.iterator().next());
      }
    });
    owners.keySet().retainAll(tables());
    return owners;
  }

  private static Map<String, Set<String>> writers(Map<String, List<String>> sql) {
    Map<String, Set<String>> writers = new HashMap<>();
    sql.forEach((module, literals) -> literals.forEach(literal -> {
      Matcher written = WRITTEN.matcher(literal);
      while (written.find()) {
        writers.computeIfAbsent(written.group(1).toLowerCase(), t -> new TreeSet<>()).add(module);
      }
    }));
    return writers;
  }

  /** The tables a piece of SQL names after FROM, JOIN, INTO, UPDATE or TABLE. */
  static List<String> names(String sql) {
    List<String> names = new ArrayList<>();
    Matcher named = NAMED.matcher(sql);
    while (named.find()) {
      names.add(named.group(1).toLowerCase());
    }
    return names;
  }

  /** By module (its package under {@code org.maillon.server}, "server" for the root), its sources' string literals. */
  static Map<String, List<String>> sqlByModule() {
    Map<String, List<String>> sql = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
        Path relative = SOURCES.relativize(file);
        String module = relative.getNameCount() == 1 ? "server" : relative.getName(0).toString();
        sql.computeIfAbsent(module, m -> new ArrayList<>()).addAll(literals(read(file)));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sql;
  }

  /** The string literals and text blocks of Java source, comments and character literals skipped. */
  static List<String> literals(String java) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    while (i < java.length()) {
      if (java.startsWith("//", i)) {
        int end = java.indexOf('\n', i);
        i = end < 0 ? java.length() : end;
      } else if (java.startsWith("/*", i)) {
        i = java.indexOf("*/", i + 2) + 2;
      } else if (java.startsWith("\"\"\"", i)) {
        int end = java.indexOf("\"\"\"", i + 3);
        literals.add(java.substring(i + 3, end));
        i = end + 3;
      } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
        int end = closing(java, i);
        if (java.charAt(i) == '"') {
          literals.add(java.substring(i + 1, end));
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static int closing(String java, int open) {
    int i = open + 1;
    while (java.charAt(i) != java.charAt(open)) {
      i += java.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  private static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  private static Stream<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
