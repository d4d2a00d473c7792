package org.maillon.server.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.testing.CostedOrganization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hierarchy page's layer costs and the team card's revenue reached, on {@link CostedOrganization},
 * worked out by hand: levels 1 to 4 cost 280, 150, 160 and 50, 640 in all over 6 of 7
 * people; management 450, 70.3 %. Shop reaches 400: 75 % one link away, 25 % two.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-costs-${random.uuid}",
    "maillon.admin-password=costs-secret-for-tests"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostPagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;
  Api manager;

  @BeforeAll
  void importTheModel() {
    organizations.importModel("costs.yaml", CostedOrganization.YAML.getBytes(StandardCharsets.UTF_8), "tests",
        Locale.ENGLISH);
    users.create("costs-manager", "costs-manager-password", Role.MANAGER, null);
    manager = Api.signedIn(port, "costs-manager", "costs-manager-password");
  }

  @Test
  void theHierarchyPageShowsWhatEachLayerAndManagementCost() {
    String english = text(manager.get("/hierarchy?lang=en", "text/html").body());
    assertThat(english).contains("What the layers cost")
        .contains("over the 6 of 7 people whose cost the model states")
        .contains("3 160 25.0 %").contains("4 50 7.8 %")
        .contains("Management (the managers) costs 450 a year of 640: 70.3 %.");
    String french = text(manager.get("/hierarchy?lang=fr", "text/html").body());
    assertThat(french).contains("Ce que coûtent les strates")
        .contains("L’encadrement (les managers) coûte 450 par an sur 640 : 70,3 %.");
  }

  @Test
  void theTeamCardShowsTheRevenueItReachesByDistance() {
    String english = text(manager.get("/teams/shop?lang=en", "text/html").body());
    assertThat(english).contains("Revenue reached").contains("400 a year, from the 2 final customers")
        .contains("1 link away: 75.0 % of it").contains("2 links away: 25.0 % of it");
    String french = text(manager.get("/teams/shop?lang=fr", "text/html").body());
    assertThat(french).contains("Chiffre d’affaires atteint").contains("à 2 maillons : 25,0 %");
    assertThat(text(manager.get("/teams/legal?lang=en", "text/html").body())).doesNotContain("Revenue reached");
  }

  /** The page's text without its tags, white space folded. */
  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ").replaceAll("&#39;|&rsquo;", "’").replaceAll("\\s+", " ");
  }
}
