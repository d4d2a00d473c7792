package org.maillon.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 18's concurrent users: signed-in members browsing the pages and people without an account
 * answering surveys through their single-use links, at once, on a server that holds the model.
 * Members sign in through the form (its CSRF token), then walk home, their place, a team card and
 * the organisation's pages, pausing 3 to 8 s on each as a reader would; respondents open a link,
 * take 5 to 15 s to answer, post the page's form, and go on to the next link in a new browser.
 * Users and links come from the CSV files {@code org.maillon.bench.soak.LoadSetup} writes. The run
 * fails unless the 95th percentile of all requests together is at most 300 ms and no request failed.
 *
 * <p>System properties: {@code load.base} (server address), {@code load.data} (folder of the CSV
 * files), {@code load.browsers} (50), {@code load.respondents} (20), {@code load.seconds} (300, how
 * long each user keeps going), {@code load.ramp} (30 s over which the users arrive). With no
 * respondents, members browse alone: the pages are measured without answers changing the data.
 */
public class BrowseAndAnswer extends Simulation {

  private static final Path DATA = Path.of(System.getProperty("load.data", "target/load-data"));
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 300));
  private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp", 30));

  /** The pages a member walks through after signing in, in order, with what each is. */
  private static final List<List<String>> WALK = List.of(
      List.of("home", "/"), List.of("my place", "/people/#{person}"), List.of("team card", "/teams/#{team}"),
      List.of("teams", "/teams"), List.of("value chain", "/value-chain"), List.of("hierarchy", "/hierarchy"),
      List.of("listening", "/listening"), List.of("centricity", "/centricity"), List.of("support", "/support"),
      List.of("bureaucracy", "/bureaucracy"), List.of("customers", "/customers"), List.of("pulse", "/pulse"));

  private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("load.base", "http://localhost:18490"))
      .acceptHeader("text/html,application/xhtml+xml").acceptLanguageHeader("fr-FR,fr;q=0.9,en;q=0.5")
      .acceptEncodingHeader("gzip, deflate").userAgentHeader("Maillon load test (Gatling)");

  private final ChainBuilder signIn = exec(http("sign-in form").get("/login")
      .check(css("input[name=_csrf]", "value").saveAs("csrf")))
      .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
      .exec(http("sign in").post("/login").formParam("username", "#{username}").formParam("password", "#{password}")
          .formParam("_csrf", "#{csrf}").check(status().is(200), css("input[name=password]").notExists()));

  private final ScenarioBuilder browsing = scenario("members browsing")
      .feed(csv(DATA.resolve("users.csv").toString()).circular())
      .exec(signIn)
      .during(RUN).on(walk());

  {
    int respondents = Integer.getInteger("load.respondents", 20);
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(browsing.injectOpen(rampUsers(Integer.getInteger("load.browsers", 50)).during(RAMP)));
    if (respondents > 0) {
      populations.add(answering().injectOpen(rampUsers(respondents).during(RAMP)));
    }
    setUp(populations)
        .protocols(protocol)
        .maxDuration(RUN.plus(RAMP).plusMinutes(2))
        .assertions(
            global().responseTime().percentile(95.0).lte(300),
            global().failedRequests().count().is(0L));
  }

  private static ScenarioBuilder answering() {
    return scenario("respondents answering")
        .during(RUN).on(
            feed(csv(DATA.resolve("links.csv").toString()).queue())
                .exec(flushCookieJar())
                .exec(http("survey page").get("/r/#{token}")
                    .check(status().is(200), css("input[name=_csrf]", "value").optional().saveAs("csrf")))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                .exec(http("survey answer").post("/r/#{token}").header("Content-Type", "application/x-www-form-urlencoded")
                    .body(StringBody(session -> session.getString("answer") + (session.contains("csrf")
                        ? "&_csrf=" + URLEncoder.encode(session.getString("csrf"), StandardCharsets.UTF_8) : "")))
                    .check(status().is(200)))
                .exec(session -> session.remove("csrf"))
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));
  }

  private static ChainBuilder walk() {
    ChainBuilder walk = exec(session -> session);
    for (List<String> page : WALK) {
      walk = walk.exec(http(page.get(0)).get(page.get(1)).check(status().is(200)))
          .pause(Duration.ofSeconds(3), Duration.ofSeconds(8));
    }
    return walk;
  }
}
