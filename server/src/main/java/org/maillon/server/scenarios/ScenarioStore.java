package org.maillon.server.scenarios;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Scenarios in the database, one row each. */
@Repository
class ScenarioStore {

  private final JdbcClient jdbc;

  ScenarioStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void add(SavedScenario s) {
    jdbc.sql("""
            INSERT INTO scenarios (id, name, author, base_version, operations, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(s.id(), s.name(), s.author(), s.baseVersion(), s.operations(), Timestamps.param(s.createdAt()),
            Timestamps.param(s.updatedAt()))
        .update();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void update(String id, String name, String operations, Instant at) {
    jdbc.sql("UPDATE scenarios SET name = ?, operations = ?, updated_at = ? WHERE id = ?")
        .params(name, operations, Timestamps.param(at), id).update();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  boolean delete(String id) {
    return jdbc.sql("DELETE FROM scenarios WHERE id = ?").param(id).update() > 0;
  }

  Optional<SavedScenario> find(String id) {
    return jdbc.sql("SELECT * FROM scenarios WHERE id = ?").param(id).query(ScenarioStore::scenario).optional();
  }

  /** The scenarios someone drafted, latest changed first. */
  List<SavedScenario> by(String author) {
    return jdbc.sql("SELECT * FROM scenarios WHERE author = ? ORDER BY updated_at DESC, id").param(author)
        .query(ScenarioStore::scenario).list();
  }

  private static SavedScenario scenario(ResultSet rs, int row) throws SQLException {
    return new SavedScenario(rs.getString("id"), rs.getString("name"), rs.getString("author"),
        rs.getLong("base_version"), rs.getString("operations"), Timestamps.instant(rs, "created_at"),
        Timestamps.instant(rs, "updated_at"));
  }
}
