package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * The current diagnosis follows the server's day: the demo SME's link logistique → pose-sav was
 * last changed on 2026-10-05 and waits for its customer; with the default 30 days it is pending
 * too long from 2026-11-05 (31 days), and a server started before then finds it without a new import.
 */
@ApiTest
class DailyDiagnosisIntegrationTests {

  static final String LINK = "logistique->pose-sav";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired OrganizationService organizations;

  @AfterEach
  void clockBackToNow() {
    clock.set(Instant.now());
    organizations.rediagnoseOnNewDay();
  }

  @Test
  void aLinkBecomesPendingTooLongWhenTheDayChangesWithoutANewVersion() {
    Api admin = Api.on(port).as("admin", ApiTest.ADMIN_PASSWORD);
    clock.set(Instant.parse("2026-10-20T09:00:00Z"));
    assertThat(admin.post("/api/model", MediaType.parseMediaType("application/yaml"), ExampleModels.bytes("sme.yaml"))
        .status()).isEqualTo(201);
    long versions = organizations.versionCount();
    assertThat(longPending(admin)).doesNotContain(LINK);
    assertThat(organizations.rediagnoseOnNewDay()).as("the same day").isFalse();

    clock.set(Instant.parse("2026-11-04T23:59:00Z"));
    organizations.rediagnoseOnNewDay();
    assertThat(admin.get("/api/diagnosis?summary=true").json().get("asOf").asString()).isEqualTo("2026-11-04");
    assertThat(longPending(admin)).as("30 days: not yet too long").doesNotContain(LINK);

    clock.set(Instant.parse("2026-11-05T00:01:00Z"));
    organizations.rediagnoseOnNewDay();
    assertThat(longPending(admin)).contains(LINK);
    assertThat(organizations.rediagnoseOnNewDay()).as("once a day").isFalse();
    assertThat(organizations.versionCount()).as("no version made").isEqualTo(versions);
  }

  private static List<String> longPending(Api admin) {
    return admin.get("/api/diagnosis?summary=true").json().get("findings").findParents("code").stream()
        .filter(f -> f.get("code").asString().equals("LONG_PENDING_LINK")).map(f -> f.get("subject").asString())
        .toList();
  }
}
