package org.maillon.server.voice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillon.modelfile.ModelWriter;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.ApiTest;
import org.maillon.synthetic.SyntheticOrganization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The listening page on a generated organisation of a few thousand people, none of whose links has
 * been listened to: it counts the overdue links by team a page at a time, the pages' counts add up
 * to the overdue figure, and a team's own page lists its overdue links a page at a time.
 */
@ApiTest
class ListeningPageAtScaleIntegrationTests {

  static final Pattern FIGURE = Pattern.compile("id=\"overdue-count\">(\\d+)<");
  static final Pattern TEAM_ROW = Pattern.compile("data-team=\"([^\"]+)\" data-overdue=\"(\\d+)\"");
  static final Pattern LINK_ROW = Pattern.compile("<tr data-team=\"[^\"]+\" data-customer=");
  static final Pattern NEXT = Pattern.compile("rel=\"next\" class=\"pager-next\" href=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;

  @Test
  void theOverdueLinksAreCountedByTeamAPageAtATimeAndAddUpToTheTotal() {
    StringWriter json = new StringWriter();
    ModelWriter.writeJson(SyntheticOrganization.generate(4_000, 1), json);
    organizations.importModel("generated.json", json.toString().getBytes(StandardCharsets.UTF_8), "tests",
        Locale.ENGLISH);
    Api pages = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);

    String first = pages.get("/listening?lang=en", "text/html").body();
    int overdue = Integer.parseInt(find(FIGURE, first).group(1));
    assertThat(first).contains("Page 1 of ");
    List<Integer> counts = new ArrayList<>();
    String page = first;
    String firstTeam = find(TEAM_ROW, first).group(1);
    for (int seen = 1; ; seen++) {
      Matcher rows = TEAM_ROW.matcher(page);
      int onThisPage = 0;
      while (rows.find()) {
        counts.add(Integer.parseInt(rows.group(2)));
        onThisPage++;
      }
      assertThat(onThisPage).as("teams on page %d", seen).isBetween(1, 50);
      Matcher next = NEXT.matcher(page);
      if (!next.find()) {
        break;
      }
      page = pages.get(next.group(1).replace("&amp;", "&"), "text/html").body();
    }
    assertThat(counts.size()).as("more teams than one page holds").isGreaterThan(50);
    assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(overdue);
    assertThat(counts).as("most overdue first").isSortedAccordingTo((a, b) -> b - a);

    String team = pages.get("/listening?team=" + firstTeam + "&lang=fr", "text/html").body();
    assertThat(LINK_ROW.matcher(team).results().count()).isEqualTo(Math.min(50, counts.get(0)));
    assertThat(team).contains("Liens en retard d&#39;écoute de").doesNotContain("id=\"overdue-teams\"");
  }

  private static Matcher find(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
    return matcher;
  }
}
