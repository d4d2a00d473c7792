package org.maillon.server.scim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SCIM users and the change counter in the database. Every write counts one change in the
 * same transaction, so that the fold sees every change it must carry into the model.
 */
@Repository
class ScimUserStore {

  /** How many changes were acknowledged, and up to which the model holds them. */
  record Changes(long changes, long folded) {

    boolean pending() {
      return changes != folded;
    }
  }

  private static final String COLUMNS = """
      person_id, user_name, external_id, given_name, family_name, display_name, title, department, manager_id,
      email, active, deleted, created_at, modified_at""";

  private final JdbcClient jdbc;

  ScimUserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The user of this person id, a tombstone included. */
  Optional<ScimUser> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM scim_users WHERE person_id = ?").param(id)
        .query(ScimUserStore::user).optional();
  }

  /** The living users whose user name is this one, compared without case (RFC 7643: caseExact false). */
  List<ScimUser> byUserName(String userName) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM scim_users WHERE LOWER(user_name) = LOWER(?) AND deleted = FALSE")
        .param(userName).query(ScimUserStore::user).list();
  }

  /** The living users of this external id. */
  List<ScimUser> byExternalId(String externalId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM scim_users WHERE external_id = ? AND deleted = FALSE")
        .param(externalId).query(ScimUserStore::user).list();
  }

  /** A page of the living users, in the order of their ids. */
  List<ScimUser> page(int offset, int count) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM scim_users WHERE deleted = FALSE ORDER BY person_id LIMIT ? OFFSET ?")
        .params(count, offset).query(ScimUserStore::user).list();
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM scim_users WHERE deleted = FALSE").query(Long.class).single();
  }

  /** Every user, tombstones included: what the fold reads. */
  List<ScimUser> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM scim_users ORDER BY created_at, person_id")
        .query(ScimUserStore::user).list();
  }

  /** Stores the user, new or changed; the caller counts the change ({@link #changed}) in the same transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  void save(ScimUser user) {
    jdbc.sql("DELETE FROM scim_users WHERE person_id = ?").param(user.id()).update();
    jdbc.sql("INSERT INTO scim_users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(user.id(), user.userName(), user.externalId(), user.givenName(), user.familyName(),
            user.displayName(), user.title(), user.department(), user.managerId(), user.email(), user.active(),
            user.deleted(), Timestamps.param(user.created()), Timestamps.param(user.modified()))
        .update();
  }

  /** Counts a change that the next fold must carry into the model; the first change makes the counter's row. */
  @Transactional(propagation = Propagation.MANDATORY)
  void changed() {
    if (jdbc.sql("UPDATE scim_changes SET changes = changes + 1 WHERE id = 1").update() == 0) {
      jdbc.sql("INSERT INTO scim_changes (id, changes, folded) VALUES (1, 1, 0)").update();
    }
  }

  Changes changes() {
    return jdbc.sql("SELECT changes, folded FROM scim_changes WHERE id = 1")
        .query((rs, row) -> new Changes(rs.getLong("changes"), rs.getLong("folded"))).optional()
        .orElse(new Changes(0, 0));
  }

  /** The model now holds every change up to {@code changes}. */
  @Transactional(propagation = Propagation.MANDATORY)
  void folded(long changes) {
    jdbc.sql("UPDATE scim_changes SET folded = ? WHERE id = 1").param(changes).update();
  }

  private static ScimUser user(ResultSet rs, int row) throws SQLException {
    return new ScimUser(rs.getString("person_id"), rs.getString("user_name"), rs.getString("external_id"),
        rs.getString("given_name"), rs.getString("family_name"), rs.getString("display_name"), rs.getString("title"),
        rs.getString("department"), rs.getString("manager_id"), rs.getString("email"), rs.getBoolean("active"),
        rs.getBoolean("deleted"), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "modified_at"));
  }
}
