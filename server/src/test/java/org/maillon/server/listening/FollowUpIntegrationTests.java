package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The closed loop on the demo SME: a detractor of in-store sales who asks to be contacted becomes
 * an action owned by its lead, Aurélie (p-0051), seen on her place; an answer without consent
 * leaves its contact in no table; a consent without a contact is a 422 that stores nothing.
 */
@ApiTest
class FollowUpIntegrationTests {

  static final MediaType JSON = MediaType.APPLICATION_JSON;
  static final String HTML = "text/html";
  static final String LEAD = "p-0051";
  static final String PASSWORD = "a password long enough";
  private static final AtomicInteger LEADS = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired MutableClock clock;
  ListeningFixture fixture;
  long campaign;
  String leadName;
  Api lead;

  @BeforeEach
  void createACampaignAndSignInItsTeamsLead() {
    fixture = new ListeningFixture(port);
    campaign = fixture.campaign();
    leadName = "follow-up-lead-" + LEADS.incrementAndGet();
    assertThat(fixture.admin.post("/api/users", JSON,
        Map.of("username", leadName, "password", PASSWORD, "role", "member", "person", LEAD)).status())
        .isEqualTo(201);
    lead = Api.on(port).as(leadName, PASSWORD);
  }

  @Test
  void aDetractorWhoAsksToBeContactedBecomesAnActionOnTheLeadsPlaceAndIsCountedApart() {
    String contact = "detractor-" + LEADS.get() + "@example.com";
    Reply reply = post(fixture.tokens(campaign, 1).get(0), Map.of("answers", detractor(), "consent", true,
        "contact", contact));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);

    JsonNode followUp = followUps().stream().filter(a -> a.get("notes").asString().contains(contact)).findFirst()
        .orElseThrow();
    assertThat(followUp.get("sourceKind").asString()).isEqualTo("follow-up");
    assertThat(followUp.get("owner").asString()).as("the team's lead").isEqualTo(LEAD);
    assertThat(followUp.get("title").asString()).startsWith("Call back a customer of ");
    assertThat(followUp.get("notes").asString().lines().toList()).hasSize(4)
        .satisfies(lines -> assertThat(lines.get(2)).endsWith(" 2"), lines -> assertThat(lines.get(3)).endsWith(" 1"));
    String place = Api.signedIn(port, leadName, PASSWORD).get("/people/" + LEAD, HTML).body();
    assertThat(place).contains(followUp.get("title").asString());
    assertThat(counts()).isEqualTo(List.of(1, 0));

    clock.advance(Duration.ofDays(2));
    assertThat(lead.send(HttpMethod.PATCH, "/api/actions/" + followUp.get("id").asLong(), JSON,
        Map.of("status", "done")).status()).isEqualTo(200);
    JsonNode counted = fixture.member.get("/api/campaigns/" + campaign).json().get("followUps");
    assertThat(counted.get("done").asInt()).isEqualTo(1);
    assertThat(counted.get("medianDaysToDone").asDouble()).isEqualTo(2.0);
    assertThat(Api.signedIn(port, fixture.managerName, ListeningFixture.PASSWORD)
        .get("/listening/campaigns/" + campaign, HTML).body())
        .contains("Respondents who asked to be contacted: 1; contacted (done): 1.")
        .contains("Median time from the request to its follow-up: 2 days.");
  }

  @Test
  void anAnswerWithoutConsentLeavesItsContactNowhere() throws SQLException {
    String contact = "no-consent-" + LEADS.get() + "@example.com";
    int before = followUps().size();
    String token = fixture.tokens(campaign, 1).get(0);

    Reply refused = post(token, Map.of("answers", detractor(), "contact", contact));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(CampaignApiIntegrationTests.fields(refused)).containsExactly("consent");
    Api respondent = Api.browser(port);
    String form = respondent.get("/r/" + token, HTML).body();
    Reply page = respondent.postForm("/r/" + token, Map.of("q0", "2", "q1", "1", "contact", contact,
        "_csrf", Api.csrfToken(form)));
    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body()).contains("Tick the box to agree to be contacted, or leave the contact empty.");
    assertThat(post(token, Map.of("answers", detractor())).status()).as("anonymous answers still go in")
        .isEqualTo(201);
    assertThat(followUps()).hasSize(before);
    assertThat(tablesHolding(contact)).isEmpty();
  }

  @Test
  void aConsentWithoutAContactIs422AndStoresNothing() {
    String token = fixture.tokens(campaign, 1).get(0);
    long responses = jdbc.sql("SELECT COUNT(*) FROM responses").query(Long.class).single();
    int before = followUps().size();

    Reply refused = post(token, Map.of("answers", detractor(), "consent", true, "contact", " "));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(CampaignApiIntegrationTests.fields(refused)).containsExactly("contact");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM responses").query(Long.class).single()).isEqualTo(responses);
    assertThat(followUps()).hasSize(before);
    assertThat(post(token, Map.of("answers", detractor(), "consent", true, "contact", "x".repeat(201))).status())
        .isEqualTo(422);
    assertThat(post(token, Map.of("answers", detractor())).status()).as("the link is still unused").isEqualTo(201);
  }

  /** A detractor's scores: 2 of 10, 1 of 5. */
  private static List<Map<String, Object>> detractor() {
    return List.of(Map.of("question", 0, "value", 2), Map.of("question", 1, "value", 1));
  }

  private Reply post(String token, Object body) {
    return fixture.anonymous.post("/api/responses/" + token + "?lang=en", JSON, body);
  }

  private List<JsonNode> followUps() {
    List<JsonNode> found = new ArrayList<>();
    lead.get("/api/actions?team=" + ListeningFixture.TEAM).json().forEach(action -> {
      if ("follow-up".equals(action.get("sourceKind").asString())) {
        found.add(action);
      }
    });
    return found;
  }

  private List<Integer> counts() {
    JsonNode counts = fixture.member.get("/api/campaigns/" + campaign).json().get("followUps");
    return List.of(counts.get("asked").asInt(), counts.get("done").asInt());
  }

  /** Every table.column of text whose value holds this text. */
  private List<String> tablesHolding(String text) throws SQLException {
    Set<Integer> textTypes = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR,
        Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet tables = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (tables.next()) {
          String table = tables.getString("TABLE_NAME");
          try (ResultSet cols = meta.getColumns(null, null, table, "%")) {
            while (cols.next()) {
              if (textTypes.contains(cols.getInt("DATA_TYPE"))) {
                columns.add(table + "." + cols.getString("COLUMN_NAME"));
              }
            }
          }
        }
      }
    }
    assertThat(columns).as("the scan sees the tables").contains("answers.answer_text", "actions.notes");
    return columns.stream().filter(column -> {
      String[] parts = column.split("\\.");
      return jdbc.sql("SELECT COUNT(*) FROM " + parts[0] + " WHERE " + parts[1] + " LIKE ?").param("%" + text + "%")
          .query(Long.class).single() > 0;
    }).toList();
  }
}
