package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.testing.SmeVersions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's links as of a day: of its 40 links from teams, 15 state nothing, 2 are agreed
 * (marketing → ventes-magasins, usine-decoupe → usine-assemblage) and 23 wait for their customer;
 * logistique → pose-sav has waited since 5 October, service-client → pose-sav since 14 September.
 */
class PendingLinksCommandTests {

  @Test
  void theDiagnosisDayAndThePendingDaysDecideWhichLinksWaitedTooLong() {
    JsonNode late = diagnose("--as-of", "2026-11-28");
    assertThat(late.at("/asOf").asString()).isEqualTo("2026-11-28");
    assertThat(late.at("/valueChain/agreements").toString()).endsWith(
        "\"emptyLinks\":15,\"pendingLinks\":23,\"agreedLinks\":2,\"longPendingLinks\":2,\"pendingDays\":30}");
    assertThat(codes(late, "LONG_PENDING_LINK")).containsExactly("logistique->pose-sav", "service-client->pose-sav");
    assertThat(codes(late, "EMPTY_LINK")).hasSize(15);

    assertThat(codes(diagnose("--as-of", "2026-11-28", "--pending-days", "60"), "LONG_PENDING_LINK"))
        .containsExactly("service-client->pose-sav");
    assertThat(codes(diagnose("--as-of", "2026-10-20"), "LONG_PENDING_LINK")).containsExactly("service-client->pose-sav");
    assertThat(Cli.run("diagnose", SmeVersions.SME.toString(), "--pending-days", "-1").err())
        .contains("--pending-days must be at least 0, was -1.");
  }

  private static JsonNode diagnose(String... options) {
    List<String> args = new ArrayList<>(List.of("diagnose", SmeVersions.SME.toString(), "--format", "json",
        "--summary"));
    args.addAll(List.of(options));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    return JsonMapper.builder().build().readTree(run.out());
  }

  private static List<String> codes(JsonNode diagnosis, String code) {
    List<String> subjects = new ArrayList<>();
    diagnosis.get("findings").forEach(f -> {
      if (f.get("code").asString().equals(code)) {
        subjects.add(f.get("subject").asString());
      }
    });
    return subjects;
  }
}
