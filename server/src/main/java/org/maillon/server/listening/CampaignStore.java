package org.maillon.server.listening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns with their customers and questions in the database; the same SQL on SQLite and PostgreSQL. */
@Repository
class CampaignStore {

  private final JdbcClient jdbc;
  private final DefaultWordings wordings;
  private final InvitationStore invitations;
  private final PublishedAnswers published;

  CampaignStore(JdbcClient jdbc, DefaultWordings wordings, InvitationStore invitations, PublishedAnswers published) {
    this.jdbc = jdbc;
    this.wordings = wordings;
    this.invitations = invitations;
    this.published = published;
  }

  /** Stores a checked campaign of this kind, with its defaults applied, and returns its id. */
  @Transactional(propagation = Propagation.MANDATORY)
  long add(NewCampaign campaign, CampaignKind kind, String by, Instant at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO campaigns (team, kind, cadence_days, anonymity_threshold, created_at, created_by,
                remind_after_days, max_reminders, closes_at)
            VALUES (:team, :kind, :cadence, :threshold, :at, :by, :remindAfter, :maxReminders, :closesAt)""")
        .param("team", campaign.team())
        .param("kind", kind.code())
        .param("cadence", campaign.cadenceDays())
        .param("threshold", campaign.anonymityThreshold())
        .param("at", Timestamps.param(at))
        .param("by", by)
        .param("remindAfter", campaign.remindAfterDays())
        .param("maxReminders", campaign.maxReminders())
        .param("closesAt", Timestamps.param(campaign.closesAt()))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (String customer : campaign.customers()) {
      jdbc.sql("INSERT INTO campaign_customers (campaign_id, customer) VALUES (?, ?)")
          .params(id, customer).update();
    }
    for (int position = 0; position < campaign.questions().size(); position++) {
      NewQuestion question = campaign.questions().get(position);
      jdbc.sql("""
              INSERT INTO campaign_questions (campaign_id, position, type, wording_en, wording_fr)
              VALUES (?, ?, ?, ?, ?)""")
          .params(id, position, question.type(), question.own(false), question.own(true)).update();
    }
    return id;
  }

  Optional<Campaign> find(long id) {
    return jdbc.sql("SELECT * FROM campaigns WHERE id = ?").param(id).query(CampaignStore::row).optional()
        .map(row -> campaign(row, published.counts(row.team(), row.kind())));
  }

  /** The campaigns of a team, or of every team when it is null; newest first. */
  List<Campaign> all(String team) {
    JdbcClient.StatementSpec query = team == null
        ? jdbc.sql("SELECT * FROM campaigns ORDER BY id DESC")
        : jdbc.sql("SELECT * FROM campaigns WHERE team = ? ORDER BY id DESC").param(team);
    Map<String, Map<Long, Map<String, Integer>>> byTeamAndKind = new HashMap<>();
    return query.query(CampaignStore::row).list().stream()
        .map(row -> campaign(row, byTeamAndKind.computeIfAbsent(row.team() + "\n" + row.kind().code(),
            k -> published.counts(row.team(), row.kind()))))
        .toList();
  }

  List<Question> questions(long id) {
    return questions(id, false);
  }

  /** A campaign's questions, their default wordings addressed to a final customer when {@code finalCustomer} is set. */
  List<Question> questions(long id, boolean finalCustomer) {
    return jdbc.sql("SELECT * FROM campaign_questions WHERE campaign_id = ? ORDER BY position").param(id)
        .query((rs, row) -> {
          QuestionType type = QuestionType.of(rs.getString("type")).orElseThrow();
          return new Question(rs.getInt("position"), type,
              wordings.wording(type, rs.getString("wording_en"), rs.getString("wording_fr"), finalCustomer));
        }).list();
  }

  /** The data's state now: four lookups of a primary key's largest value, in one statement. */
  ListeningState state() {
    return jdbc.sql("""
            SELECT (SELECT MAX(id) FROM campaigns), (SELECT MAX(id) FROM invitations), (SELECT MAX(id) FROM responses),
                   (SELECT MAX(id) FROM conversations)""")
        .query((rs, row) -> new ListeningState(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
        .single();
  }

  /** A campaign's own row, read before its customers and questions so that no two queries overlap. */
  private record Row(long id, String team, int cadenceDays, int threshold, Instant createdAt, String createdBy,
      CampaignKind kind, int remindAfterDays, int maxReminders, Instant closesAt) {}

  private static Row row(ResultSet rs, int row) throws SQLException {
    return new Row(rs.getLong("id"), rs.getString("team"), rs.getInt("cadence_days"),
        rs.getInt("anonymity_threshold"), Timestamps.instant(rs, "created_at"),
        rs.getString("created_by"), CampaignKind.of(rs.getString("kind")), rs.getInt("remind_after_days"),
        rs.getInt("max_reminders"), Timestamps.instant(rs, "closes_at"));
  }

  /** A campaign with its counters, from the published answers of its team's campaigns of its kind. */
  private Campaign campaign(Row row, Map<Long, Map<String, Integer>> publishedByCampaign) {
    List<String> customers = jdbc.sql("SELECT customer FROM campaign_customers WHERE campaign_id = ? ORDER BY customer")
        .param(row.id()).query(String.class).list();
    return new Campaign(row.id(), row.team(), customers, questions(row.id()), row.cadenceDays(), row.threshold(),
        row.createdAt(), row.createdBy(),
        invitations.counts(row.id(), customers, publishedByCampaign.getOrDefault(row.id(), Map.of())), row.kind(),
        row.remindAfterDays(), row.maxReminders(), row.closesAt(), FollowUpCounts.NONE);
  }
}
