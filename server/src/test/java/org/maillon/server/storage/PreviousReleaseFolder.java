package org.maillon.server.storage;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.maillon.modelfile.LoadedModel;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;
import org.maillon.server.testing.ExampleModels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A data folder as the release before SQLite left it: the H2 database {@code maillon.mv.db} made
 * by that release's migrations (V1 to V4, kept unchanged for PostgreSQL), holding a little of
 * everything: the demo SME's model, two users, a card entry, a campaign with invitations, two
 * responses and a conversation.
 */
final class PreviousReleaseFolder {

  static final List<String> TABLES = List.of("model_versions", "users", "card_entries", "campaigns",
      "campaign_customers", "campaign_questions", "invitations", "responses", "answers", "conversations");
  static final String MANAGER = "old-manager";
  static final String MANAGER_PASSWORD = "old-manager-secret";
  static final Instant ANSWERED = Instant.parse("2026-03-02T09:15:30.123456Z");

  private final Path dataDir;

  PreviousReleaseFolder(Path dataDir) {
    this.dataDir = dataDir;
  }

  DataSource h2() {
    return new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("maillon").toAbsolutePath(), "sa", "");
  }

  /** Makes the H2 database at version 4 and writes its rows. */
  PreviousReleaseFolder write() {
    Flyway.configure().dataSource(h2()).locations("classpath:db/migration/postgresql").load().migrate();
    JdbcClient h2 = JdbcClient.create(h2());
    LoadedModel model = ModelFiles.read(ExampleModels.example("sme.yaml"), Locale.ENGLISH);
    StringWriter json = new StringWriter();
    ModelWriter.writeJson(model.organization(), json);
    h2.sql("""
            INSERT INTO model_versions (imported_at, imported_by, organization, headcount, format, model_json)
            VALUES (?, 'admin', ?, ?, 'yaml', ?)""")
        .params(at("2026-03-01T08:00:00.123Z"), model.organization().name(), model.organization().people().size(),
            json.toString()).update();
    String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(MANAGER_PASSWORD);
    h2.sql("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
        .params("old-admin", hash, "admin", at("2026-03-01T07:59:00Z")).update();
    h2.sql("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
        .params(MANAGER, hash, "manager", at("2026-03-01T08:01:00Z")).update();
    h2.sql("""
            INSERT INTO card_entries (customer, facet, entry_date, text, author, source, recorded_at)
            VALUES ('particuliers', 'needs', ?, 'Délais de pose plus courts', ?, 'visit', ?)""")
        .params(LocalDate.of(2026, 2, 15), MANAGER, at("2026-03-01T10:00:00.5Z")).update();
    listening(h2);
    h2.sql("""
            INSERT INTO conversations (team, customer, held_at, participants, notes, logged_by, logged_at)
            VALUES ('ventes-magasins', 'particuliers', ?, 'Claire, Ahmed', NULL, ?, ?)""")
        .params(at("2026-02-20T14:00:00Z"), MANAGER, at("2026-02-20T15:30:00Z")).update();
    return this;
  }

  private static void listening(JdbcClient h2) {
    KeyHolder keys = new GeneratedKeyHolder();
    h2.sql("""
            INSERT INTO campaigns (team, cadence_days, anonymity_threshold, created_at, created_by, kind)
            VALUES ('ventes-magasins', 90, 5, ?, ?, 'customers')""")
        .params(at("2026-03-01T09:00:00Z"), MANAGER).update(keys, "id");
    long campaign = keys.getKeyAs(Number.class).longValue();
    h2.sql("INSERT INTO campaign_customers (campaign_id, customer) VALUES (?, 'particuliers')").param(campaign).update();
    List<String> types = List.of("nps", "csat", "text");
    for (int position = 0; position < types.size(); position++) {
      h2.sql("INSERT INTO campaign_questions (campaign_id, position, type) VALUES (?, ?, ?)")
          .params(campaign, position, types.get(position)).update();
    }
    for (int i = 0; i < 3; i++) {
      h2.sql("""
              INSERT INTO invitations (campaign_id, customer, token_hash, created_at, answered_at)
              VALUES (?, 'particuliers', ?, ?, ?)""")
          .params(campaign, "%064d".formatted(i), at("2026-03-01T09:05:00Z"),
              i < 2 ? at("2026-03-02T00:00:00Z") : null).update();
    }
    for (int i = 0; i < 2; i++) {
      KeyHolder response = new GeneratedKeyHolder();
      h2.sql("INSERT INTO responses (campaign_id, customer, answered_at, language) VALUES (?, 'particuliers', ?, ?)")
          .params(campaign, ANSWERED.plusSeconds(i).atOffset(ZoneOffset.UTC), i == 0 ? "fr" : "en")
          .update(response, "id");
      long id = response.getKeyAs(Number.class).longValue();
      h2.sql("INSERT INTO answers (response_id, question, answer_value, answer_text) VALUES (?, 0, ?, NULL)")
          .params(id, 9 - i).update();
      h2.sql("INSERT INTO answers (response_id, question, answer_value, answer_text) VALUES (?, 1, 4, NULL)")
          .param(id).update();
      h2.sql("INSERT INTO answers (response_id, question, answer_value, answer_text) VALUES (?, 2, NULL, ?)")
          .params(id, i == 0 ? "Très bon accueil" : "Quick and friendly").update();
    }
  }

  /**
   * Every row of every table, in order of their keys, each value as text that reads the same on
   * both engines: an instant as {@link Timestamps} writes it, a number as a number.
   */
  static Map<String, List<String>> rows(DataSource database) {
    JdbcClient jdbc = JdbcClient.create(database);
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String table : TABLES) {
      List<String> rows = new ArrayList<>();
      jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query(rs -> {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
          row.append(text(rs.getObject(column))).append('|');
        }
        rows.add(row.toString());
      });
      tables.put(table, rows);
    }
    return tables;
  }

  private static String text(Object value) throws SQLException {
    if (value instanceof OffsetDateTime time) {
      return Timestamps.text(time.toInstant());
    }
    if (value instanceof Number number) {
      return Long.toString(number.longValue());
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return String.valueOf(value);
  }

  private static OffsetDateTime at(String instant) {
    return Instant.parse(instant).atOffset(ZoneOffset.UTC);
  }
}
