package org.maillon.server.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Actions in the database; the due day is ISO text, so that it sorts alike on both engines. */
@Repository
class ActionStore {

  /** What a list may be narrowed to; null fields do not narrow it. */
  record Filter(String team, String owner, ActionStatus status) {}

  private final JdbcClient jdbc;

  ActionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a checked action and returns its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  long add(NewAction.Checked action, String by, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO actions (title, owner, team, due, status, notes, source_kind, source_key, created_by,
                created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(action.title(), action.owner(), action.team(), action.due().toString(), action.status().code(),
            action.notes(), action.sourceKind().code(), action.sourceKey(), by, Timestamps.param(at),
            Timestamps.param(at))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Replaces what may change in an action. */
  @Transactional(propagation = Propagation.MANDATORY)
  void update(long id, NewAction.Checked action, Instant at) {
    jdbc.sql("UPDATE actions SET title = ?, owner = ?, due = ?, status = ?, notes = ?, updated_at = ? WHERE id = ?")
        .params(action.title(), action.owner(), action.due().toString(), action.status().code(), action.notes(),
            Timestamps.param(at), id)
        .update();
  }

  Optional<Action> find(long id) {
    return jdbc.sql("SELECT * FROM actions WHERE id = ?").param(id).query(ActionStore::action).optional();
  }

  /** The actions of this source, by id. */
  List<Action> bySource(SourceKind kind, String key) {
    return jdbc.sql("SELECT * FROM actions WHERE source_kind = ? AND source_key = ? ORDER BY id")
        .params(kind.code(), key).query(ActionStore::action).list();
  }

  /** The actions the filter keeps, by due day. */
  List<Action> list(Filter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (filter.team() != null) {
      conditions.add("team = ?");
      params.add(filter.team());
    }
    if (filter.owner() != null) {
      conditions.add("owner = ?");
      params.add(filter.owner());
    }
    if (filter.status() != null) {
      conditions.add("status = ?");
      params.add(filter.status().code());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return jdbc.sql("SELECT * FROM actions" + where + " ORDER BY due, id").params(params)
        .query(ActionStore::action).list();
  }

  /**
   * The first open or in-progress actions by due day, then id: for those, overdue first is the
   * same order, since an overdue one is due before today and the others today or later.
   */
  List<Action> pending(int limit) {
    List<Object> params = new ArrayList<>();
    Arrays.stream(ActionStatus.values()).filter(ActionStatus::pending).forEach(s -> params.add(s.code()));
    String marks = String.join(", ", Collections.nCopies(params.size(), "?"));
    params.add(limit);
    return jdbc.sql("SELECT * FROM actions WHERE status IN (" + marks + ") ORDER BY due, id LIMIT ?").params(params)
        .query(ActionStore::action).list();
  }

  private static Action action(ResultSet rs, int row) throws SQLException {
    return new Action(rs.getLong("id"), rs.getString("title"), rs.getString("owner"), rs.getString("team"),
        LocalDate.parse(rs.getString("due")), ActionStatus.of(rs.getString("status")).orElseThrow(),
        rs.getString("notes"), SourceKind.of(rs.getString("source_kind")).orElseThrow(), rs.getString("source_key"),
        rs.getString("created_by"), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "updated_at"), false);
  }
}
