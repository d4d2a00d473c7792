package org.maillon.server.scim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.maillon.server.system.NotFoundException;
import org.maillon.server.system.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bearer tokens identity providers sign in to SCIM with: made by an admin and shown once,
 * kept only as their SHA-256, so that reading the database gives no working token; revoked by
 * deleting them.
 */
@Service
class ScimTokens {

  /** A token as admins list it: never its secret. */
  record ScimToken(long id, String name, String createdBy, Instant created) {}

  /** A token just made, with its secret: the only time it is shown. */
  record NewToken(long id, String name, String token) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ScimTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  NewToken create(String name, String by) {
    String token = Tokens.next();
    jdbc.sql("INSERT INTO scim_tokens (name, token_hash, created_by, created_at) VALUES (?, ?, ?, ?)")
        .params(name, Tokens.hash(token), by, Timestamps.param(clock.instant())).update();
    long id = jdbc.sql("SELECT id FROM scim_tokens WHERE token_hash = ?").param(Tokens.hash(token))
        .query(Long.class).single();
    return new NewToken(id, name, token);
  }

  List<ScimToken> all() {
    return jdbc.sql("SELECT id, name, created_by, created_at FROM scim_tokens ORDER BY id")
        .query(ScimTokens::token).list();
  }

  /** The token this secret is, if it exists. */
  Optional<ScimToken> find(String secret) {
    return jdbc.sql("SELECT id, name, created_by, created_at FROM scim_tokens WHERE token_hash = ?")
        .param(Tokens.hash(secret))
        .query(ScimTokens::token).optional();
  }

  /**
   * Revokes a token: the next request with it gets 401.
   *
   * @throws NotFoundException when no token has this id
   */
  @Transactional
  void revoke(long id) {
    if (jdbc.sql("DELETE FROM scim_tokens WHERE id = ?").param(id).update() == 0) {
      throw new NotFoundException("No SCIM token has the id " + id + ".");
    }
  }

  private static ScimToken token(ResultSet rs, int row) throws SQLException {
    return new ScimToken(rs.getLong("id"), rs.getString("name"), rs.getString("created_by"),
        Timestamps.instant(rs, "created_at"));
  }
}
