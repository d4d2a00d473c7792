package org.maillon.server.bureaucracy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.PageText;
import org.maillon.valuechain.AgreementFigures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bureaucracy page on the demo model, read by a member: every figure equals the diagnosis, the
 * procedures, findings and agreements are listed, a team narrows them, the team card shows its
 * procedures, and names holding HTML show as text.
 */
@ApiTest
class BureaucracyPagesIntegrationTests {

  static final String PASSWORD = "bureaucracy-secret-for-tests";
  static final String EVIL = "<b>Visa</b><script>window.pwned=1</script>";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired UserService users;

  private Api member() {
    if (users.all().stream().noneMatch(user -> user.username().equals("bureaucracy-member"))) {
      users.create("bureaucracy-member", PASSWORD, Role.MEMBER, null);
    }
    return Api.signedIn(port, "bureaucracy-member", PASSWORD);
  }

  private Diagnosis importSme() {
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    return current.diagnosis();
  }

  private static String byId(String page, String id) {
    Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
    assertThat(matcher.find()).as("element #%s", id).isTrue();
    return matcher.group(1).trim();
  }

  @Test
  void theFiguresAreTheDiagnosis() {
    Diagnosis diagnosis = importSme();
    BureaucracyFigures figures = diagnosis.bureaucracy();
    AgreementFigures agreements = diagnosis.agreements();

    Reply reply = member().get("/bureaucracy?lang=en", "text/html");

    assertThat(reply.status()).isEqualTo(200);
    String page = reply.body();
    assertThat(byId(page, "procedures")).isEqualTo(Integer.toString(figures.procedures()));
    assertThat(byId(page, "per-100")).isEqualTo(String.format(Locale.ENGLISH, "%.1f", figures.proceduresPer100People()));
    assertThat(byId(page, "approvals-mean"))
        .isEqualTo(String.format(Locale.ENGLISH, "%.1f", figures.approvalsPerProcedure().mean()));
    assertThat(byId(page, "approvals-max")).isEqualTo(Integer.toString(figures.approvalsPerProcedure().max()));
    assertThat(byId(page, "climbing")).isEqualTo(Integer.toString(figures.climbingCircuits().size()));
    assertThat(byId(page, "max-levels")).contains("more than " + figures.maxApprovalLevels() + " levels");
    assertThat(byId(page, "support-approvals")).isEqualTo(Integer.toString(figures.supportApprovalsOnFrontLine()));
    assertThat(byId(page, "internal-controls")).isEqualTo(Integer.toString(figures.internalControls().size()));
    assertThat(byId(page, "expectations")).isEqualTo(Integer.toString(agreements.expectations()));
    assertThat(byId(page, "uncovered")).isEqualTo(Integer.toString(agreements.uncoveredExpectations()));
    assertThat(byId(page, "commitments")).isEqualTo(Integer.toString(agreements.commitments()));
    assertThat(byId(page, "unasked")).isEqualTo(Integer.toString(agreements.unaskedCommitments()));
    assertThat(figures.climbingCircuits()).isNotEmpty();
    assertThat(figures.internalControls()).isNotEmpty();
    for (String code : new String[] {"PROCEDURE_HEAVY_TEAM", "CLIMBING_APPROVAL_CIRCUIT", "SUPPORT_APPROVES_FRONT_LINE",
        "LONG_APPROVAL_CIRCUIT", "INTERNAL_CONTROL"}) {
      assertThat(page).contains("data-code=\"" + code + "\"");
    }
    assertThat(page).contains("data-procedure=\"remise-exceptionnelle\"").contains("Remise exceptionnelle en magasin")
        .contains("id=\"per-100-data\"").contains("id=\"agreements\"").contains("agreement-link");
  }

  @Test
  void theFlowEfficiencyShowsOnThePageAndTheTeamCardInBothLanguages() {
    importSme();
    Api member = member();

    // examples/sme.yaml: 11.5 hours of work over 1,374 hours of lead time, 6 of 13 procedures timed, 4 below 5 %.
    String page = member.get("/bureaucracy?lang=en", "text/html").body();
    assertThat(byId(page, "flow-efficiency")).isEqualTo("0.8%");
    assertThat(byId(page, "flow-timed")).isEqualTo("over the 6 procedures of 13 that state their times");
    assertThat(byId(page, "flow-low")).isEqualTo("4 procedures below 5%");
    assertThat(page).contains("data-code=\"LOW_FLOW_EFFICIENCY\"").contains(">Procedure drowned in waiting<");
    // Expense claims: 0.5 hours of work in 15 days, 0.5 / 360 = 0.14 %.
    String claims = page.substring(page.indexOf("data-procedure=\"note-de-frais\""));
    claims = claims.substring(0, claims.indexOf("</div>"));
    assertThat(PageText.visible(claims)).contains("drowned in waiting").contains("15 days from request to outcome")
        .contains("0.5 hours of work").contains("flow efficiency 0.1%");
    String french = PageText.visible(member.get("/bureaucracy?lang=fr", "text/html").body());
    assertThat(french).contains("Efficacité du flux").contains("0,5 heures de travail")
        .contains("Procédure noyée dans l'attente");
    assertThat(byId(member.get("/teams/finance?lang=en", "text/html").body(), "team-flow"))
        .startsWith("Flow efficiency 0.1%: the share of their lead time that is work, over the only procedure");
    assertThat(byId(member.get("/teams/finance?lang=fr", "text/html").body(), "team-flow"))
        .startsWith("Efficacité du flux 0,1%");
    assertThat(member.get("/teams/cellule-process?lang=en", "text/html").body()).doesNotContain("id=\"team-flow\"");
  }

  @Test
  void findingsShowTheirNamesAndSentencesNeverCodesOrLinkIds() {
    importSme();
    Api member = member();
    for (String lang : new String[] {"en", "fr"}) {
      for (String path : new String[] {"/bureaucracy?lang=", "/bureaucracy?team=ventes-magasins&lang=", "/?lang="}) {
        String page = member.get(path + lang, "text/html").body();
        assertThat(PageText.visible(page)).as(path + lang).doesNotContainPattern(PageText.CODE).doesNotContain("->");
      }
    }
    String english = member.get("/bureaucracy?lang=en", "text/html").body();
    String findings = english.substring(english.indexOf("id=\"bureaucracy-findings\""), english.indexOf("id=\"agreements\""));
    assertThat(findings).contains(">Approval circuit climbing too high<").contains("href=\"/teams/ventes-magasins\"");
    assertThat(findings).doesNotContain("data-code=\"UNCOVERED_EXPECTATION\"").doesNotContain("data-code=\"UNASKED_COMMITMENT\"");
    assertThat(english.substring(english.indexOf("id=\"agreements\""))).contains("Both belong to technocratisation");
    assertThat(PageText.visible(member.get("/bureaucracy?lang=fr", "text/html").body()))
        .contains("Circuit d'approbation qui remonte trop haut");
  }

  @Test
  void theHomePageCountsTheBureaucratisationFiguresAndLeadsToThePage() {
    BureaucracyFigures figures = importSme().bureaucracy();

    String home = member().get("/?lang=en", "text/html").body();

    String card = home.substring(home.indexOf("id=\"link-bureaucratisation\""), home.indexOf("id=\"link-obesity\""));
    assertThat(card).contains("href=\"/bureaucracy\"")
        .contains("data-figure=\"home.fig.climbing\">" + figures.climbingCircuits().size() + "<")
        .contains("data-figure=\"home.fig.supportApprovals\">" + figures.supportApprovalsOnFrontLine() + "<")
        .contains("data-figure=\"home.fig.internalControls\">" + figures.internalControls().size() + "<")
        .contains("data-figure=\"home.fig.per100\">"
            + String.format(Locale.ENGLISH, "%.1f", figures.proceduresPer100People()) + "<");
    assertThat(card).doesNotContain("home.fig.uncovered").doesNotContain("home.fig.unasked");
    String technocratisation = home.substring(home.indexOf("id=\"link-technocratisation\""),
        home.indexOf("id=\"link-bureaucratisation\""));
    assertThat(technocratisation).contains("data-figure=\"home.fig.uncovered\">")
        .contains("data-figure=\"home.fig.unasked\">").contains("href=\"/bureaucracy#agreements\"");
  }

  @Test
  void aTeamNarrowsTheListsAndItsCardShowsItsProcedures() {
    Diagnosis diagnosis = importSme();
    int own = diagnosis.teamProcedures("ventes-magasins").orElseThrow().procedures().size();
    Api member = member();

    String page = member.get("/bureaucracy?team=ventes-magasins&lang=fr", "text/html").body();
    assertThat(page).contains("id=\"selected-team\"").contains("data-procedure=\"remise-exceptionnelle\"")
        .doesNotContain("data-procedure=\"commande-web\"").contains("Le client exige");
    assertThat(Pattern.compile("data-procedure=").matcher(page).results().count()).isEqualTo(own);

    String card = member.get("/teams/ventes-magasins?lang=en", "text/html").body();
    assertThat(byId(card, "team-procedure-count")).isEqualTo(Integer.toString(own));
    assertThat(card).contains("Remise exceptionnelle en magasin").contains("/bureaucracy?team=ventes-magasins");

    assertThat(member.get("/bureaucracy?team=nobody&lang=en", "text/html").body()).contains("id=\"team-not-found\"");
    assertThat(member.get("/bureaucracy?team=en+magasin&lang=en", "text/html").body())
        .contains("data-procedure=\"remise-exceptionnelle\"").doesNotContain("data-procedure=\"commande-web\"");
  }

  @Test
  void membersReadTheFiguresAndProceduresThroughTheApi() {
    Diagnosis diagnosis = importSme();
    member();
    Api api = Api.on(port).as("bureaucracy-member", PASSWORD);

    Reply reply = api.get("/api/bureaucracy");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode json = reply.json();
    BureaucracyFigures figures = diagnosis.bureaucracy();
    assertThat(json.get("bureaucracy").get("procedures").asInt()).isEqualTo(figures.procedures());
    assertThat(json.get("bureaucracy").get("proceduresPer100People").asDouble())
        .isEqualTo(figures.proceduresPer100People());
    assertThat(json.get("bureaucracy").get("climbingCircuits").size()).isEqualTo(figures.climbingCircuits().size());
    assertThat(json.get("agreements").get("unaskedCommitments").asInt())
        .isEqualTo(diagnosis.agreements().unaskedCommitments());
    assertThat(json.get("procedures").size()).isEqualTo(figures.procedures());
    assertThat(json.get("procedures").get(0).get("id").asText()).isEqualTo(diagnosis.procedure(0).id());
    assertThat(api.get("/api/bureaucracy?team=ventes-magasins").json().get("procedures").size())
        .isEqualTo(diagnosis.teamProcedures("ventes-magasins").orElseThrow().procedures().size());
    assertThat(api.get("/api/bureaucracy?team=nobody").status()).isEqualTo(404);
    assertThat(Api.on(port).get("/api/bureaucracy").status()).isEqualTo(401);
  }

  @Test
  void aProcedureNamedWithHtmlShowsAsText() {
    String model = """
        organization: Escaping
        customers:
          - id: retail
        teams:
          - id: sales
            kind: front-line
          - id: finance
            kind: support
        people:
          - id: boss
            team: finance
          - id: camille
            team: sales
            manager: boss
        links:
          - from: sales
            to: retail
        procedures:
          - id: visa
            team: sales
            name: '%s'
            steps: 2
            approvals: [camille, boss]
            serves: [retail]
        """.formatted(EVIL);
    organizations.importModel("evil.yaml", model.getBytes(StandardCharsets.UTF_8), "tests", Locale.ENGLISH);
    Api member = member();

    try {
      for (String path : new String[] {"/bureaucracy?lang=en", "/teams/sales?lang=en"}) {
        String page = member.get(path, "text/html").body();
        assertThat(page).as(path).doesNotContain(EVIL)
            .contains("&lt;b&gt;Visa&lt;/b&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;");
      }
    } finally {
      importSme();
    }
  }
}
