package org.maillon.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table; passwords arrive here already hashed. */
@Repository
class Users {

  record StoredUser(UserAccount account, String passwordHash) {}

  private final JdbcClient jdbc;

  Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(String username, String passwordHash, Role role, String personId) {
    jdbc.sql("""
            INSERT INTO users (username, password_hash, role, person_id, created_at)
            VALUES (:username, :hash, :role, :personId, :createdAt)""")
        .param("username", username)
        .param("hash", passwordHash)
        .param("role", role.code())
        .param("personId", personId)
        .param("createdAt", Timestamps.param(Instant.now().truncatedTo(ChronoUnit.MILLIS)))
        .update();
  }

  Optional<StoredUser> find(String username) {
    return jdbc.sql("""
            SELECT username, password_hash, role, person_id, created_at FROM users WHERE username = :username""")
        .param("username", username)
        .query((rs, row) -> new StoredUser(account(rs), rs.getString("password_hash")))
        .optional();
  }

  List<UserAccount> all() {
    return jdbc.sql("SELECT username, password_hash, role, person_id, created_at FROM users ORDER BY username")
        .query((rs, row) -> account(rs))
        .list();
  }

  boolean exists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM users WHERE username = :username")
        .param("username", username)
        .query(Long.class).single() > 0;
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
  }

  private static UserAccount account(ResultSet rs) throws SQLException {
    return new UserAccount(rs.getString("username"), Role.of(rs.getString("role")), rs.getString("person_id"),
        Timestamps.utc(rs, "created_at"));
  }
}
