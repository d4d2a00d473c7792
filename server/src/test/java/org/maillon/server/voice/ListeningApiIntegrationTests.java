package org.maillon.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.listening.ListeningRows;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.MutableClock;
import org.maillon.voice.ListeningReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Overdue links over HTTP as the clock moves past their cadence, and conversations as listening. */
@ApiTest
class ListeningApiIntegrationTests {

  static final Instant LAST = Instant.parse("2026-09-01T08:00:00Z");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired MutableClock clock;
  @Autowired ListeningOnTime onTime;
  Api admin;
  ListeningRows rows;

  @BeforeEach
  void theDemoModel() {
    ExampleModels.smeIsCurrent(organizations, current);
    admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    rows = new ListeningRows(jdbc);
  }

  @Test
  void aLinkIsListenedToOnTheDayItsBatchIsPublishedAndOverdueExactlyACadenceLater() {
    Instant day = Instant.parse("2026-09-01T00:00:00Z");
    long campaign = rows.campaign("achats", 30, 5, LAST, "usine-decoupe");
    for (int i = 0; i < 4; i++) {
      rows.response(campaign, "usine-decoupe", LAST.minusSeconds(3600L * i).plusNanos(123_456_000), 8, 4, null);
    }
    clock.set(LAST.plusSeconds(3600));
    assertThat(overdue(admin.get("/api/teams/achats/listening").json()))
        .as("four answers wait for their batch: nothing tells they came").containsExactly("usine-decoupe",
            "usine-plans-travail");

    rows.response(campaign, "usine-decoupe", LAST.plusNanos(123_456_000), 8, 4, null);
    clock.set(day.plus(Duration.ofDays(30)).minusSeconds(1));
    JsonNode before = admin.get("/api/teams/achats/listening").json();
    assertThat(overdue(before)).containsExactly("usine-plans-travail");
    assertThat(before.get("links").asInt()).isEqualTo(2);
    assertThat(before.get("onTime").asInt()).isEqualTo(1);
    assertThat(before.get("onTimeShare").asDouble()).isEqualTo(0.5);

    clock.advance(Duration.ofSeconds(2));
    JsonNode after = admin.get("/api/teams/achats/listening").json();
    assertThat(overdue(after)).containsExactly("usine-decoupe", "usine-plans-travail");
    JsonNode late = after.get("overdue").get(0);
    assertThat(late.get("cadenceDays").asInt()).isEqualTo(30);
    assertThat(late.get("lastListened").asString()).as("to the day, never the answer's microsecond")
        .isEqualTo("2026-09-01T00:00:00Z");
    assertThat(Instant.parse(late.get("dueSince").asString())).isEqualTo(day.plus(Duration.ofDays(30)));
    JsonNode never = after.get("overdue").get(1);
    assertThat(never.get("cadenceDays").asInt()).isEqualTo(90);
    assertThat(never.get("lastListened").isNull()).isTrue();
  }

  @Test
  void aConversationCountsAsListening() {
    clock.set(LAST.plus(Duration.ofDays(10)));
    List<String> before = overdue(admin.get("/api/teams/qualite/listening").json());
    assertThat(before).contains("pose-sav");

    rows.conversation("qualite", "pose-sav", LAST);

    assertThat(overdue(admin.get("/api/teams/qualite/listening").json())).doesNotContain("pose-sav");
    clock.set(LAST.plus(Duration.ofDays(400)));
    JsonNode late = admin.get("/api/teams/qualite/listening").json().get("overdue");
    assertThat(late.toString()).as("a conversation too is dated to the day")
        .contains("\"customer\":\"pose-sav\",\"lastListened\":\"2026-09-01T00:00:00Z\"");
  }

  @Test
  void theOrganizationWideListCountsEveryLinkFromATeam() {
    JsonNode all = admin.get("/api/listening/overdue").json();
    int links = current.diagnosis().model().links().stream()
        .filter(link -> current.diagnosis().team(link.from()).isPresent()).mapToInt(link -> 1).sum();

    assertThat(all.get("links").asInt()).isEqualTo(links);
    assertThat(all.get("onTime").asInt() + all.get("overdue").size()).isEqualTo(links);
    ListeningOnTime.Summary summary = ListeningOnTime.Summary.of(onTime.report());
    assertThat(summary.links()).isEqualTo(links);
    assertThat(summary.overdue()).isEqualTo(all.get("overdue").size());
  }

  @Test
  void theListeningPageListsATeamsOverdueLinks() {
    clock.set(LAST.plus(Duration.ofDays(400)));
    Api browser = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);

    String page = browser.get("/listening?team=achats&lang=en", "text/html").body();

    assertThat(page).contains("data-customer=\"usine-plans-travail\"").doesNotContain("data-team=\"qualite\"")
        .contains("href=\"/listening/campaigns\"").contains("href=\"/listening/conversations\"");
    assertThat(browser.get("/listening?team=nobody", "text/html").status()).isEqualTo(404);
  }

  @Test
  void theReportIsKeptWhileTheModelTheListeningDataAndTheMinuteAreTheSame() {
    clock.set(LAST.plus(Duration.ofDays(20)));
    ListeningReport kept = onTime.report();
    clock.advance(Duration.ofSeconds(59));
    assertThat(onTime.report()).isSameAs(kept);

    rows.conversation("qualite", "pose-sav", Instant.parse("2000-01-01T08:00:00Z"));
    ListeningReport heard = onTime.report();
    assertThat(heard).isNotSameAs(kept);
    assertThat(onTime.report()).isSameAs(heard);

    clock.advance(Duration.ofSeconds(1));
    assertThat(onTime.report()).as("the next minute, links may have fallen overdue").isNotSameAs(heard);
  }

  private static List<String> overdue(JsonNode report) {
    List<String> customers = new ArrayList<>();
    report.get("overdue").forEach(link -> customers.add(link.get("customer").asString()));
    return customers;
  }
}
