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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The users table; passwords arrive here already hashed. */
@Repository
class Users {

  record StoredUser(UserAccount account, String passwordHash) {}

  private final JdbcClient jdbc;

  Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void add(String username, String passwordHash, Role role, String personId) {
    jdbc.sql("""
            INSERT INTO users (username, password_hash, role, enabled, person_id, created_at)
            VALUES (:username, :hash, :role, :enabled, :personId, :createdAt)""")
        .param("username", username)
        .param("hash", passwordHash)
        .param("role", role.code())
        .param("enabled", true)
        .param("personId", personId)
        .param("createdAt", Timestamps.param(Instant.now().truncatedTo(ChronoUnit.MILLIS)))
        .update();
  }

  Optional<StoredUser> find(String username) {
    return jdbc.sql("""
            SELECT username, password_hash, role, enabled, person_id, created_at
            FROM users WHERE username = :username""")
        .param("username", username)
        .query((rs, row) -> new StoredUser(account(rs), rs.getString("password_hash")))
        .optional();
  }

  List<UserAccount> all() {
    return jdbc.sql("""
            SELECT username, role, enabled, person_id, created_at FROM users ORDER BY username""")
        .query((rs, row) -> account(rs))
        .list();
  }

  /** Whether a user has this name in any case: {@code Admin} beside {@code admin} would only mislead. */
  boolean exists(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM users WHERE LOWER(username) = LOWER(:username)")
        .param("username", username)
        .query(Long.class).single() > 0;
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
  }

  long enabledAdmins() {
    return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = :role AND enabled = :enabled")
        .param("role", Role.ADMIN.code())
        .param("enabled", true)
        .query(Long.class).single();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void setPasswordHash(String username, String passwordHash) {
    jdbc.sql("UPDATE users SET password_hash = :hash WHERE username = :username")
        .param("hash", passwordHash).param("username", username).update();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void setRole(String username, Role role) {
    jdbc.sql("UPDATE users SET role = :role WHERE username = :username")
        .param("role", role.code()).param("username", username).update();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void setEnabled(String username, boolean enabled) {
    jdbc.sql("UPDATE users SET enabled = :enabled WHERE username = :username")
        .param("enabled", enabled).param("username", username).update();
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void delete(String username) {
    jdbc.sql("DELETE FROM users WHERE username = :username").param("username", username).update();
  }

  private static UserAccount account(ResultSet rs) throws SQLException {
    return new UserAccount(rs.getString("username"), Role.of(rs.getString("role")), rs.getBoolean("enabled"),
        rs.getString("person_id"), Timestamps.utc(rs, "created_at"));
  }
}
