package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.LargeChain;
import org.maillon.server.valuechain.ValueChainIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The value chain drawn as a flow on the demo model, read from the chart ECharts drew: final
 * customers right of every team, teams ordered by hops from left to right, partners leftmost, what
 * reaches no final customer below; names in full; a search highlights a path that comes one hop
 * closer at each step. And the team card's graph: a legend, names in full, members folded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-flow-browser-${random.uuid}",
    "maillon.admin-password=" + FlowBrowserIntegrationTests.PASSWORD})
class FlowBrowserIntegrationTests {

  static final String PASSWORD = "flow-browser-secret-for-tests";
  static final String DRAWN = "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption()"
      + ".series[0].data.filter(function (d) { return !d.heading; }).map(function (d) {"
      + " return {id: d.id, name: d.name, kind: d.kind || '', hops: d.hops === undefined ? -9 : d.hops,"
      + " apart: !!d.apart, x: d.x, y: d.y}; });";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;
  @Autowired UserService users;

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void theValueChainFlowsFromThePartnersToTheFinalCustomers(String lang) {
    Diagnosis diagnosis = demo("flow-manager-" + lang);
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.signIn("flow-manager-" + lang, PASSWORD);
      browser.get("/value-chain?lang=" + lang);
      browser.awaitCharts();

      List<Drawn> drawn = drawn(browser, "value-chain-graph");
      assertThat(drawn).extracting(Drawn::id).containsExactlyInAnyOrderElementsOf(index.ids());
      assertThat(drawn).allSatisfy(node -> assertThat(node.name()).isEqualTo(index.label(node.id())));
      List<Drawn> teams = drawn.stream().filter(n -> index.isTeam(n.id())).toList();
      List<Drawn> customers = drawn.stream().filter(n -> n.kind().equals("customer")).toList();
      double rightmostTeam = teams.stream().mapToDouble(Drawn::x).max().orElseThrow();
      assertThat(customers).isNotEmpty().allSatisfy(c -> assertThat(c.x()).as(c.id()).isGreaterThan(rightmostTeam));
      List<Drawn> flowing = teams.stream().filter(t -> !t.apart()).toList();
      for (Drawn a : flowing) {
        for (Drawn b : flowing) {
          if (a.hops() > b.hops()) {
            assertThat(a.x()).as("%s (%d hops) left of %s (%d hops)", a.id(), a.hops(), b.id(), b.hops())
                .isLessThan(b.x());
          } else if (a.hops() == b.hops()) {
            assertThat(a.x()).as("%s and %s in one column", a.id(), b.id()).isEqualTo(b.x());
          }
        }
        assertThat(a.hops()).isEqualTo(diagnosis.team(a.id()).orElseThrow().hopsToCustomer());
      }
      double lowestFlowing = drawn.stream().filter(n -> !n.apart()).mapToDouble(Drawn::y).max().orElseThrow();
      List<Drawn> apart = teams.stream().filter(Drawn::apart).toList();
      assertThat(apart).extracting(Drawn::id)
          .containsExactlyInAnyOrderElementsOf(diagnosis.valueChain().disconnectedTeams());
      assertThat(apart).allSatisfy(t -> assertThat(t.y()).isGreaterThan(lowestFlowing));
      double leftmostTeam = flowing.stream().mapToDouble(Drawn::x).min().orElseThrow();
      assertThat(drawn).filteredOn(n -> n.kind().equals("partner") && !n.apart())
          .allSatisfy(p -> assertThat(p.x()).isLessThan(leftmostTeam));

      assertThat(browser.all("main .legend li")).hasSize(6);
      assertThat(browser.all("#vc-columns tbody tr")).hasSize(
          (int) drawn.stream().filter(n -> !n.apart()).mapToDouble(Drawn::x).distinct().count()
              + (apart.isEmpty() ? 0 : 1));
      assertThat(browser.text("#vc-columns")).contains(index.label("achats"));

      browser.find("#vc-focus").sendKeys(index.label("achats"));
      browser.find("#vc-search button").click();
      List<String> path = List.of(browser.find("#value-chain-graph").getAttribute("data-path").split(" "));
      assertThat(path.get(0)).isEqualTo("achats");
      assertThat(path).anyMatch(id -> index.kind(id).equals("customer"));
      assertThat(browser.path()).startsWith("/value-chain");
      browser.screenshot("flow-value-chain-" + lang);

      browser.get("/teams/finance?lang=" + lang);
      browser.awaitCharts();
      assertThat(drawn(browser, "team-graph")).extracting(Drawn::name).contains(index.label("finance"));
      browser.screenshot("flow-team-card-" + lang);
    }
  }

  @Test
  void onAPhoneTheFlowScrollsInItsOwnBoxAndTheCardFoldsItsMembers() {
    Diagnosis diagnosis = demo("flow-phone");
    try (Browser phone = Browser.open(port, 390, 844)) {
      phone.signIn("flow-phone", PASSWORD);
      phone.get("/value-chain?lang=fr");
      phone.awaitCharts();
      assertNoSidewaysScroll(phone);
      phone.screenshot("phone-flow-value-chain-fr");

      phone.get("/teams/finance?lang=fr");
      phone.awaitCharts();
      assertNoSidewaysScroll(phone);
      assertThat(phone.all("main .legend li")).hasSize(5);
      assertThat(drawn(phone, "team-graph")).extracting(Drawn::name).contains(
          ValueChainIndex.of(diagnosis).label("finance")).noneMatch(name -> name.endsWith("…"));
      assertThat(phone.find("#member-list").getAttribute("open")).isNull();
      assertThat(phone.text("#member-list summary")).contains(
          Integer.toString(diagnosis.team("finance").orElseThrow().members().size()));
      assertThat(phone.text("#uncovered h2")).isEqualTo("Ce que ses clients attendent et à quoi elle ne s’est pas engagée");
      phone.screenshot("phone-flow-team-card-fr");
    }
  }

  @Test
  void aLargeChainIsDrawnInGroupsAndASearchDrawsTheTeamsPathAmongThem() {
    organizations.importModel("large.json", LargeChain.json(), "tests", Locale.ENGLISH);
    users.create("flow-large", PASSWORD, Role.MANAGER, null);
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.signIn("flow-large", PASSWORD);
      browser.get("/value-chain?lang=en");
      browser.awaitCharts();
      assertThat(browser.find("#vc-limited").isDisplayed()).isTrue();
      assertThat(drawn(browser, "value-chain-graph")).extracting(Drawn::name).containsExactlyInAnyOrder(
          "final customer: 5", "front line: 50", "core: 100", "core: 50", "support: 10");

      browser.find("#vc-focus").sendKeys("t-160");
      browser.find("#vc-search button").click();
      browser.await("#value-chain-graph[data-path]");
      browser.awaitCharts();
      assertThat(browser.find("#value-chain-graph").getAttribute("data-path")).isEqualTo("t-160 t-110 t-10 c-0");
      List<Drawn> drawn = drawn(browser, "value-chain-graph");
      assertThat(drawn).extracting(Drawn::id).contains("t-160", "t-110", "t-10", "c-0");
      assertThat(drawn).hasSize(9);
      browser.screenshot("flow-value-chain-grouped-en");
    }
  }

  private Diagnosis demo(String manager) {
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "tests", Locale.ENGLISH);
    users.create(manager, PASSWORD, Role.MANAGER, null);
    return current.diagnosis();
  }

  record Drawn(String id, String name, String kind, int hops, boolean apart, double x, double y) {}

  @SuppressWarnings("unchecked")
  private static List<Drawn> drawn(Browser browser, String chart) {
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) browser.script(DRAWN, chart);
    return nodes.stream().map(n -> new Drawn((String) n.get("id"), (String) n.get("name"), (String) n.get("kind"),
        ((Number) n.get("hops")).intValue(), (Boolean) n.get("apart"), ((Number) n.get("x")).doubleValue(),
        ((Number) n.get("y")).doubleValue())).toList();
  }

  private static void assertNoSidewaysScroll(Browser phone) {
    Number overflow = (Number) phone.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow.intValue()).isLessThanOrEqualTo(1);
  }
}
