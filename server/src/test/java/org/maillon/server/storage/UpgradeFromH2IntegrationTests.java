package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.server.MaillonServer;
import org.maillon.server.testing.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data folder of the release before SQLite opens after the upgrade: its H2 database is carried
 * over, every row of every table, in one go, said in one line of the log, the old file kept
 * renamed; the next start does not do it again. When it cannot be carried over, the server does
 * not start, says how to carry it over, and leaves the folder as it was.
 */
@ExtendWith(OutputCaptureExtension.class)
class UpgradeFromH2IntegrationTests {

  static final String CARRIED = "Carried the database of the previous release (H2, ";

  @TempDir Path folder;

  @Test
  void theH2DatabaseIsCarriedOverToSqliteRowForRowAndKeptRenamed(CapturedOutput output) {
    Path dataDir = folder.resolve("data");
    PreviousReleaseFolder previous = new PreviousReleaseFolder(dataDir).write();
    Map<String, List<String>> before = enabledUsers(PreviousReleaseFolder.rows(previous.h2()));

    try (ConfigurableApplicationContext server = start(dataDir)) {
      assertThat(output.getAll()).containsOnlyOnce(CARRIED + "21 rows of 23 tables) over to SQLite in ");
      Map<String, List<String>> after = PreviousReleaseFolder.rows(server.getBean(DataSource.class));
      assertThat(after).isEqualTo(before);
      Api manager = Api.on(port(server)).as(PreviousReleaseFolder.MANAGER, PreviousReleaseFolder.MANAGER_PASSWORD);
      assertThat(manager.get("/api/campaigns/1").json().get("invitations").get("sent").asInt()).isEqualTo(3);
      assertThat(manager.get("/api/customers/particuliers/card").body()).contains("Délais de pose plus courts");
      assertThat(manager.get("/api/diagnosis").status()).isEqualTo(200);
    }
    assertThat(dataDir.resolve("maillon.db")).exists();
    assertThat(dataDir.resolve(H2CarryOver.H2_FILE)).doesNotExist();
    assertThat(dataDir.resolve(H2CarryOver.KEPT_AS)).exists();

    try (ConfigurableApplicationContext again = start(dataDir)) {
      assertThat(output.getAll()).containsOnlyOnce(CARRIED);
      assertThat(PreviousReleaseFolder.rows(again.getBean(DataSource.class))).isEqualTo(before);
    }
  }

  /** The rows as they read after the migrations that came after the previous release: users gained "enabled". */
  /**
   * The rows as SQLite holds them: each user enabled, {@code enabled} (V5, a portable migration the
   * H2 of the previous release never ran) coming right after {@code created_at}, the fifth column,
   * before the columns V9 added.
   */
  private static Map<String, List<String>> enabledUsers(Map<String, List<String>> rows) {
    Map<String, List<String>> migrated = new LinkedHashMap<>(rows);
    migrated.put("users", rows.get("users").stream().map(row -> {
      List<String> columns = new ArrayList<>(List.of(row.split("\\|", -1)));
      columns.add(5, "1");
      return String.join("|", columns);
    }).toList());
    return migrated;
  }

  @Test
  void aDatabaseThatCannotBeCarriedOverStopsTheStartAndLeavesTheFolderAsItWas() throws Exception {
    Path dataDir = folder.resolve("data");
    PreviousReleaseFolder previous = new PreviousReleaseFolder(dataDir).write();
    JdbcClient.create(previous.h2()).sql("CREATE TABLE zz_notes (id INT PRIMARY KEY, note VARCHAR(100))").update();
    JdbcClient.create(previous.h2()).sql("INSERT INTO zz_notes VALUES (1, 'kept by hand')").update();
    Map<String, List<String>> before = PreviousReleaseFolder.rows(previous.h2());

    assertThatThrownBy(() -> start(dataDir).close())
        .hasMessageContaining("Cannot carry the database of the previous release (H2) over to SQLite")
        .hasMessageContaining("the table zz_notes has no place in the SQLite database")
        .hasMessageContaining("docs/storage.md");

    try (Stream<Path> files = Files.list(dataDir)) {
      assertThat(files.map(file -> file.getFileName().toString())).as("no SQLite file, whole or partial")
          .contains(H2CarryOver.H2_FILE).noneMatch(name -> name.startsWith("maillon.db"));
    }
    assertThat(PreviousReleaseFolder.rows(previous.h2())).isEqualTo(before);
  }

  @Test
  void aDamagedH2FileStopsTheStartWithTheSameAdvice() throws Exception {
    Path dataDir = Files.createDirectories(folder.resolve("data"));
    byte[] damaged = "not an H2 database".repeat(500).getBytes();
    Files.write(dataDir.resolve(H2CarryOver.H2_FILE), damaged);

    assertThatThrownBy(() -> start(dataDir).close())
        .hasMessageContaining("Cannot carry the database of the previous release (H2) over to SQLite")
        .hasMessageContaining("move maillon.mv.db out of " + dataDir.toAbsolutePath());

    assertThat(dataDir.resolve("maillon.db")).doesNotExist();
    assertThat(dataDir.resolve(H2CarryOver.H2_FILE)).hasBinaryContent(damaged);
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(MaillonServer.class).run("--server.port=0",
        "--maillon.data-dir=" + dataDir.toAbsolutePath(), "--maillon.admin-password=unused-admin-secret");
  }

  private static int port(ConfigurableApplicationContext server) {
    return server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }
}
