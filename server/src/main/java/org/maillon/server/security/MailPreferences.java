package org.maillon.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an account wants by email, beside its sign-in: whether its person gets the weekly digest,
 * and the language mail to that person is written in (the language of the page where the choice
 * was last saved; none until then). Kept in the users table, so that deleting an account forgets it.
 */
@Service
public class MailPreferences {

  /**
   * One account's choice.
   *
   * @param personId the person of the model the account is, or null
   * @param language {@code fr} or {@code en}, or null when never chosen
   */
  public record Preference(String username, String personId, String language, boolean weeklyDigest) {}

  private final JdbcClient jdbc;

  MailPreferences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The enabled accounts linked to a person, with their choice. */
  public List<Preference> linked() {
    return jdbc.sql("""
            SELECT username, person_id, language, weekly_digest FROM users
            WHERE person_id IS NOT NULL AND enabled = :enabled ORDER BY username""")
        .param("enabled", true)
        .query(MailPreferences::preference)
        .list();
  }

  /** This account's choice. */
  public Preference of(String username) {
    return jdbc.sql("SELECT username, person_id, language, weekly_digest FROM users WHERE username = :username")
        .param("username", username)
        .query(MailPreferences::preference)
        .single();
  }

  private static Preference preference(ResultSet rs, int row) throws SQLException {
    return new Preference(rs.getString("username"), rs.getString("person_id"), rs.getString("language"),
        rs.getInt("weekly_digest") == 1);
  }

  /** Saves whether this account wants the weekly digest, and the language of the page it was chosen on. */
  @Transactional
  public void choose(String username, boolean weeklyDigest, Locale language) {
    jdbc.sql("UPDATE users SET weekly_digest = :digest, language = :language WHERE username = :username")
        .param("digest", weeklyDigest ? 1 : 0)
        .param("language", Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? "fr" : "en")
        .param("username", username)
        .update();
  }
}
