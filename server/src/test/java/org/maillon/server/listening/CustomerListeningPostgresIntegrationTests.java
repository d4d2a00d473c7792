package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.EmbeddedPostgresServer;
import org.maillon.voice.Cadence;
import org.maillon.voice.ListeningEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What voice reads of listening, on a real PostgreSQL (embedded) where production runs it:
 * responses with their answers folded and their campaign's threshold, invitation counts, the
 * thresholds promised, cadences and conversations. The API tests run the same SQL on SQLite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CustomerListeningPostgresIntegrationTests {

  static final Instant AT = Instant.parse("2026-04-01T12:30:00Z");

  @Autowired CustomerListening records;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void postgresCanStart() {
    EmbeddedPostgresServer.assumeAvailable();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresServer.newDatabase("maillon_voice");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void theListeningTablesReadBackAsTheVoiceNeedsThem() {
    ListeningRows rows = new ListeningRows(jdbc);
    long first = rows.campaign("sales", 30, 5, AT, "retail", "pros");
    long second = rows.campaign("sales", 60, 7, AT, "retail");
    rows.invitations(first, "retail", 3, AT);
    rows.response(first, "retail", AT, 9, 4, "Friendly");
    rows.response(second, "retail", AT.plusSeconds(60), null, 2, null);
    rows.conversation("sales", "pros", AT.plusSeconds(120));

    assertThat(records.thresholds()).containsOnlyKeys("sales");
    assertThat(records.thresholds().get("sales").latest(5)).isEqualTo(7);
    assertThat(records.thresholds().get("sales").at(AT.minusSeconds(366L * 24 * 3600), 0)).isEqualTo(3);
    assertThat(records.thresholds("sales").latest(5)).isEqualTo(7);
    assertThat(records.thresholds("buying").latest(5)).isEqualTo(5);
    assertThat(records.responses("sales")).containsExactly(
        new CustomerListening.Response("retail", AT, 5, "en", 9, 4, List.of("Friendly")),
        new CustomerListening.Response("retail", AT.plusSeconds(60), 7, "en", null, 2, List.of()));
    assertThat(records.listened()).containsExactly(new CustomerListening.Listened("sales", "retail", AT, 5),
        new CustomerListening.Listened("sales", "retail", AT.plusSeconds(60), 7));
    assertThat(records.invitations("sales")).isEqualTo(Map.of("retail", 3));
    assertThat(records.cadences()).containsExactlyInAnyOrder(new Cadence("sales", "retail", 30),
        new Cadence("sales", "pros", 30), new Cadence("sales", "retail", 60));
    assertThat(records.conversations(AT)).containsExactly(new ListeningEvent("sales", "pros", AT.plusSeconds(120)));
    assertThat(records.conversations(AT.plusSeconds(121))).isEmpty();
  }
}
