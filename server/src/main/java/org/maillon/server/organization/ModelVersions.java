package org.maillon.server.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maillon.modelfile.LoadedModel;
import org.maillon.server.storage.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The versions of the model in the database; the same SQL runs on SQLite and PostgreSQL. */
@Repository
class ModelVersions {

  private final JdbcClient jdbc;

  ModelVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a new version and returns it with its id; the model is {@link CompressedModel#of}, and
   * {@code model_json}, kept for the versions stored before V15, is empty.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  ModelVersion add(String importedBy, String organization, int headcount, String format, String reason,
      byte[] modelGzip) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO model_versions
              (imported_at, imported_by, organization, headcount, format, reason, model_json, model_gzip)
            VALUES (:importedAt, :importedBy, :organization, :headcount, :format, :reason, '', :model)""")
        .param("importedAt", Timestamps.param(now.toInstant()))
        .param("importedBy", importedBy)
        .param("organization", organization)
        .param("headcount", headcount)
        .param("format", format)
        .param("reason", reason)
        .param("model", modelGzip)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    return new ModelVersion(id, now, importedBy, organization, headcount, format, reason);
  }

  /** All versions, newest first. */
  List<ModelVersion> all() {
    return jdbc.sql("""
            SELECT id, imported_at, imported_by, organization, headcount, format, reason
            FROM model_versions ORDER BY id DESC""")
        .query(ModelVersions::version)
        .list();
  }

  /** The latest versions, newest first, without their models. */
  List<ModelVersion> latest(int limit) {
    return jdbc.sql("""
            SELECT id, imported_at, imported_by, organization, headcount, format, reason
            FROM model_versions ORDER BY id DESC LIMIT :limit""")
        .param("limit", Math.max(1, limit))
        .query(ModelVersions::version)
        .list();
  }

  /** The model a version stored. */
  Optional<Model> model(long id) {
    return jdbc.sql("SELECT model_json, model_gzip FROM model_versions WHERE id = :id").param("id", id)
        .query((rs, row) -> model(rs)).optional();
  }

  /** The latest version with its model's JSON, if any was imported. */
  Optional<StoredModel> latest() {
    return jdbc.sql("""
            SELECT id, imported_at, imported_by, organization, headcount, format, reason, model_json, model_gzip
            FROM model_versions ORDER BY id DESC LIMIT 1""")
        .query((rs, row) -> new StoredModel(version(rs, row), model(rs)))
        .optional();
  }

  /** The id of the latest version, if any: what another process may have stored since this one looked. */
  Optional<Long> latestId() {
    return jdbc.sql("SELECT id FROM model_versions ORDER BY id DESC LIMIT 1").query(Long.class).optional();
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM model_versions").query(Long.class).single();
  }

  private static ModelVersion version(ResultSet rs, int row) throws SQLException {
    return new ModelVersion(
        rs.getLong("id"),
        Timestamps.utc(rs, "imported_at"),
        rs.getString("imported_by"),
        rs.getString("organization"),
        rs.getInt("headcount"),
        rs.getString("format"),
        rs.getString("reason"));
  }

  private static Model model(ResultSet rs) throws SQLException {
    return new Model(rs.getBytes("model_gzip"), rs.getString("model_json"));
  }

  /** A stored model: gzipped, or, stored before V15, its JSON (then {@code gzip} is null). */
  record Model(byte[] gzip, String json) {

    /** Reads and validates it, in English (a stored model was valid when stored). */
    LoadedModel read() {
      return CompressedModel.read(gzip, json, Locale.ENGLISH);
    }
  }

  record StoredModel(ModelVersion version, Model model) {}
}
