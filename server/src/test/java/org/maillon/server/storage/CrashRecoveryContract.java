package org.maillon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.server.testing.ServerProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing acknowledged is lost to {@code kill -9}: the real server jar, answers arriving over 16
 * threads, killed once 60 were acknowledged, started again on the same database. Every answer
 * acknowledged 201 is stored with all its answers, no response is stored without them, each used
 * invitation has its response, and the user created (201) just before the kill is there. Only
 * acknowledged writes are asserted on: how many more made it depends on timing.
 */
abstract class CrashRecoveryContract {

  @TempDir Path folder;

  /** The environment the server runs with on this engine (MAILLON_DB_URL…). */
  abstract Map<String, String> environment();

  /** The server's database, to read once the server is stopped. */
  abstract DataSource database(Path dataDir);

  @Test
  void everyAcknowledgedWriteSurvivesAKillNineAndARestart() throws Exception {
    Path dataDir = folder.resolve("data");
    CrashRound.Result round = CrashRound.run(ServerProcess.JAR, dataDir, environment());
    try (ServerProcess restarted = round.restarted()) {
      assertThat(CrashRound.admin(restarted).get("/api/users").body()).contains(round.user());
    }
    JdbcClient stored = JdbcClient.create(database(dataDir));

    assertThat(round.burst().acknowledged()).hasSizeGreaterThanOrEqualTo(CrashRound.KILL_AFTER);
    assertThat(markers(stored, round.campaign())).containsAll(round.burst().acknowledged());
    assertThat(count(stored, """
        SELECT COUNT(*) FROM responses r
        WHERE r.campaign_id = ? AND (SELECT COUNT(*) FROM answers a WHERE a.response_id = r.id) <> 3""",
        round.campaign())).isZero();
    assertThat(count(stored, "SELECT COUNT(*) FROM invitations WHERE campaign_id = ? AND answered_at IS NOT NULL",
        round.campaign())).isEqualTo(count(stored, "SELECT COUNT(*) FROM responses WHERE campaign_id = ?",
        round.campaign()));
    assertThat(stored.sql("SELECT role FROM users WHERE username = ?").param(round.user()).query(String.class)
        .optional()).contains("member");
  }

  private static Set<String> markers(JdbcClient stored, long campaign) {
    return new HashSet<>(stored.sql("""
            SELECT a.answer_text FROM answers a JOIN responses r ON r.id = a.response_id
            WHERE r.campaign_id = ? AND a.answer_text IS NOT NULL""")
        .param(campaign).query(String.class).list());
  }

  private static long count(JdbcClient stored, String sql, long campaign) {
    return stored.sql(sql).param(campaign).query(Long.class).single();
  }
}
