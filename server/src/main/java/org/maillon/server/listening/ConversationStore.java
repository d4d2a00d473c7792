package org.maillon.server.listening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Logged listening conversations in the database. */
@Repository
class ConversationStore {

  private final JdbcClient jdbc;

  ConversationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a checked conversation, held at a given instant, and returns it. */
  @Transactional(propagation = Propagation.MANDATORY)
  Conversation add(NewConversation conversation, String by, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO conversations (team, customer, held_at, participants, notes, logged_by, logged_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(conversation.team(), conversation.customer(), Timestamps.param(conversation.heldAt()),
            conversation.participants().strip(), conversation.notes(), by, Timestamps.param(at))
        .update(keys, "id");
    return new Conversation(keys.getKeyAs(Number.class).longValue(), conversation.team(), conversation.customer(),
        conversation.heldAt().truncatedTo(ChronoUnit.MICROS), conversation.participants().strip(),
        conversation.notes(), by, at.truncatedTo(ChronoUnit.MICROS));
  }

  /** The latest conversations, held most recently first, of a team and a customer when given. */
  List<Conversation> latest(String team, String customer, int limit) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (team != null) {
      conditions.add("team = ?");
      params.add(team);
    }
    if (customer != null) {
      conditions.add("customer = ?");
      params.add(customer);
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    params.add(Math.max(1, limit));
    return jdbc.sql("SELECT * FROM conversations" + where + " ORDER BY held_at DESC, id DESC LIMIT ?")
        .params(params).query(ConversationStore::conversation).list();
  }

  private static Conversation conversation(ResultSet rs, int row) throws SQLException {
    return new Conversation(rs.getLong("id"), rs.getString("team"), rs.getString("customer"),
        Timestamps.instant(rs, "held_at"), rs.getString("participants"), rs.getString("notes"),
        rs.getString("logged_by"), Timestamps.instant(rs, "logged_at"));
  }
}
