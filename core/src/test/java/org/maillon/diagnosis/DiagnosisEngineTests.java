package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.hierarchy.SpanStats;
import org.maillon.model.TeamKind;
import org.maillon.testing.RandomOrganizations;
import org.maillon.valuechain.LinkEnds;
import org.maillon.valuechain.TeamFigures;
import org.maillon.valuechain.UnaskedCommitment;
import org.maillon.valuechain.UncoveredExpectation;
import org.maillon.valuechain.ValueChainFigures;

/** Every figure of {@link SmallOrganization}, computed by hand. */
class DiagnosisEngineTests {

  private final Diagnosis diagnosis = DiagnosisEngine.diagnose(SmallOrganization.build());

  @Test
  void hierarchyFigures() {
    HierarchyFigures h = diagnosis.hierarchy();
    assertThat(diagnosis.headcount()).isEqualTo(11);
    assertThat(h.layers()).isEqualTo(4);
    assertThat(h.levelsBetweenTopAndBase()).isEqualTo(2);
    assertThat(h.managers()).isEqualTo(4);
    assertThat(h.managerRatio()).isEqualTo(4.0 / 11);
    assertThat(h.span()).isEqualTo(new SpanStats(1, 4, 2.25, 2.0));
    assertThat(h.narrowSpanManagers()).containsExactly("ceo", "m2", "vp");
    assertThat(h.passThroughManagers()).containsExactly("ceo");
    assertThat(h.targetSpan()).isEqualTo(8);
    assertThat(h.levelsNeeded()).isEqualTo(1);
    assertThat(h.excessLevels()).isEqualTo(1);
    assertThat(h.tops()).containsExactly("auditor", "ceo");
    assertThat(h.officers()).isEqualTo(3);
    assertThat(h.headcountByLevel()).containsExactly(2, 1, 2, 6);
  }

  @Test
  void valueChainFigures() {
    ValueChainFigures v = diagnosis.valueChain();
    assertThat(List.of(v.teams(), v.frontLineTeams(), v.coreTeams(), v.supportTeams(), v.finalCustomers(), v.links()))
        .containsExactly(6, 2, 2, 2, 2, 9);
    assertThat(v.disconnectedTeams()).containsExactly("audit", "legal");
    assertThat(v.teamsWithoutCustomer()).containsExactly("audit");
    assertThat(v.supportTeamsNotReachingFrontLine()).containsExactly("legal");
    assertThat(v.inversions()).containsExactly(new LinkEnds("sales", "it"));
    assertThat(v.frontLineWithoutFinalCustomer()).containsExactly("shop");
    assertThat(v.hopsDistribution()).containsExactly(
        Map.entry("1", 3), Map.entry("2", 2), Map.entry("3", 3), Map.entry("unreachable", 3));
  }

  @Test
  void teamsInIdOrder() {
    assertThat(diagnosis.teamCount()).isEqualTo(6);
    assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(rank -> diagnosis.team(rank).id())
        .containsExactly("audit", "design", "it", "legal", "sales", "shop");
  }

  @Test
  void frontLineTeamCard() {
    TeamFigures sales = diagnosis.team("sales").orElseThrow();
    assertThat(sales.kind()).isEqualTo(TeamKind.FRONT_LINE);
    assertThat(sales.members()).containsExactly("a", "m1", "vp");
    assertThat(sales.hopsToCustomer()).isEqualTo(1);
    assertThat(sales.suppliers()).containsExactly("design", "shop");
    assertThat(sales.customers()).containsExactly("it", "pro", "retail");
    assertThat(sales.customersOfCustomers()).containsExactly("design");
    assertThat(sales.finalCustomers()).containsExactly("pro", "retail");
    assertThat(sales.reachesFrontLine()).isTrue();
    assertThat(sales.uncoveredExpectations()).containsExactly(new UncoveredExpectation("retail", "deliv"));
    assertThat(sales.unaskedCommitments()).containsExactly(new UnaskedCommitment("retail", "Newsletter"));
  }

  @Test
  void teamsFurtherFromTheCustomer() {
    TeamFigures shop = diagnosis.team("shop").orElseThrow();
    assertThat(shop.suppliers()).containsExactly("carrier", "design");
    assertThat(shop.customersOfCustomers()).containsExactly("it", "pro", "retail");
    assertThat(shop.hopsToCustomer()).isEqualTo(2);
    TeamFigures design = diagnosis.team("design").orElseThrow();
    assertThat(design.customersOfCustomers()).containsExactly("it", "pro", "retail", "sales");
    assertThat(design.hopsToCustomer()).isEqualTo(2);
    assertThat(design.members()).isEmpty();
    TeamFigures it = diagnosis.team("it").orElseThrow();
    assertThat(it.hopsToCustomer()).isEqualTo(3);
    assertThat(it.customersOfCustomers()).containsExactly("sales", "shop");
    assertThat(it.uncoveredExpectations()).containsExactly(new UncoveredExpectation("design", "uptime"));
  }

  @Test
  void disconnectedTeams() {
    TeamFigures legal = diagnosis.team("legal").orElseThrow();
    assertThat(legal.hopsToCustomer()).isNull();
    assertThat(legal.reachesFrontLine()).isFalse();
    assertThat(legal.finalCustomers()).isEmpty();
    assertThat(legal.customersOfCustomers()).isEmpty();
    TeamFigures audit = diagnosis.team("audit").orElseThrow();
    assertThat(audit.suppliers()).containsExactly("legal");
    assertThat(audit.customers()).isEmpty();
    assertThat(diagnosis.team("carrier")).isEmpty();
  }

  @Test
  void peoplesPlaces() {
    PersonFigures it = diagnosis.person("e").orElseThrow();
    assertThat(it.depth()).isEqualTo(3);
    assertThat(it.hopsToCustomer()).isEqualTo(3);
    assertThat(it.chain()).containsExactly("it", "design", "sales", "pro");
    PersonFigures vp = diagnosis.person("vp").orElseThrow();
    assertThat(vp.directReports()).containsExactly("m1", "m2");
    assertThat(vp.manager()).isEqualTo("ceo");
    assertThat(vp.chain()).containsExactly("sales", "pro");
    PersonFigures ceo = diagnosis.person("ceo").orElseThrow();
    assertThat(ceo.team()).isNull();
    assertThat(ceo.manager()).isNull();
    assertThat(ceo.hopsToCustomer()).isNull();
    assertThat(ceo.chain()).isEmpty();
    assertThat(diagnosis.person("f").orElseThrow().chain()).isEmpty();
    assertThat(diagnosis.person(0).id()).isEqualTo("a");
    assertThat(diagnosis.person(10).id()).isEqualTo("vp");
  }

  @Test
  void findingsMostSevereFirst() {
    assertThat(diagnosis.findings()).extracting(Finding::severity, Finding::code, f -> f.subject().text())
        .containsExactly(
        tuple(Severity.CRITICAL, "DISCONNECTED_TEAM", "audit"),
        tuple(Severity.CRITICAL, "DISCONNECTED_TEAM", "legal"),
        tuple(Severity.WARNING, "CLIMBING_APPROVAL_CIRCUIT", "refund"),
        tuple(Severity.WARNING, "EMPTY_LINK", "design->sales"),
        tuple(Severity.WARNING, "EMPTY_LINK", "design->shop"),
        tuple(Severity.WARNING, "EMPTY_LINK", "legal->audit"),
        tuple(Severity.WARNING, "EMPTY_LINK", "sales->it"),
        tuple(Severity.WARNING, "EMPTY_LINK", "sales->pro"),
        tuple(Severity.WARNING, "EMPTY_LINK", "shop->sales"),
        tuple(Severity.WARNING, "EXCESS_LEVELS", "Small"),
        tuple(Severity.WARNING, "FRONT_LINE_WITHOUT_FINAL_CUSTOMER", "shop"),
        tuple(Severity.WARNING, "INVERSION", "sales->it"),
        tuple(Severity.WARNING, "MULTIPLE_TOPS", "Small"),
        tuple(Severity.WARNING, "PASS_THROUGH_MANAGER", "ceo"),
        tuple(Severity.WARNING, "PROCEDURE_HEAVY_TEAM", "design"),
        tuple(Severity.WARNING, "PROCEDURE_HEAVY_TEAM", "legal"),
        tuple(Severity.WARNING, "SUPPORT_APPROVES_FRONT_LINE", "discount"),
        tuple(Severity.WARNING, "SUPPORT_NOT_REACHING_FRONT_LINE", "legal"),
        tuple(Severity.WARNING, "TEAM_WITHOUT_CUSTOMER", "audit"),
        tuple(Severity.WARNING, "UNCOVERED_EXPECTATION", "it->design"),
        tuple(Severity.WARNING, "UNCOVERED_EXPECTATION", "sales->retail"),
        tuple(Severity.INFO, "EMPTY_TEAM", "design"),
        tuple(Severity.INFO, "INTERNAL_CONTROL", "form"),
        tuple(Severity.INFO, "INTERNAL_CONTROL", "report"),
        tuple(Severity.INFO, "LONG_APPROVAL_CIRCUIT", "discount"),
        tuple(Severity.INFO, "NARROW_SPAN", "ceo"),
        tuple(Severity.INFO, "NARROW_SPAN", "m2"),
        tuple(Severity.INFO, "NARROW_SPAN", "vp"),
        tuple(Severity.INFO, "PERSON_WITHOUT_TEAM", "ceo"),
        tuple(Severity.INFO, "UNASKED_COMMITMENT", "sales->retail"));
  }

  @Test
  void findingsSpeakBothLanguages() {
    Finding excess = diagnosis.findings().get(9);
    assertThat(excess.message(Locale.ENGLISH))
        .isEqualTo("2 levels between the top and the base where 1 would do for 11 people at a span of 8: 1 too many.");
    assertThat(excess.message(Locale.FRENCH))
        .isEqualTo("2 niveaux entre le sommet et la base, quand 1 suffiraient pour 11 personnes à 8 collaborateurs par manager : 1 de trop.");
    Finding inversion = diagnosis.findings().get(11);
    assertThat(inversion.message(Locale.FRENCH)).startsWith("L’équipe au contact des clients Team sales travaille pour la fonction support Team it");
  }

  @Test
  void findingsNamePeopleAndExpectationsByTheirNamesNotTheirIds() {
    assertThat(message("MULTIPLE_TOPS")).isEqualTo("2 people have no manager (Person auditor, Person ceo): who has the last word?");
    assertThat(message("UNCOVERED_EXPECTATION")).doesNotContain("(deliv)").doesNotContain("(uptime)");
  }

  private String message(String code) {
    return diagnosis.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow()
        .message(Locale.ENGLISH);
  }

  @Test
  void aReportingLineAHundredThousandDeepNeedsNoStack() {
    Diagnosis deep = DiagnosisEngine.diagnose(RandomOrganizations.personChain(100_000));
    assertThat(deep.hierarchy().layers()).isEqualTo(100_000);
    assertThat(deep.hierarchy().passThroughManagers()).hasSize(99_998);
    assertThat(deep.person("p99999").orElseThrow().depth()).isEqualTo(99_999);
  }

  @Test
  void aValueChainOfTenThousandTeamsNeedsNoStack() {
    Diagnosis longChain = DiagnosisEngine.diagnose(RandomOrganizations.teamChain(10_000));
    assertThat(longChain.team("t0").orElseThrow().hopsToCustomer()).isEqualTo(10_000);
    assertThat(longChain.team("t0").orElseThrow().finalCustomers()).containsExactly("retail");
    assertThat(longChain.valueChain().hopsDistribution()).isEmpty();
  }
}
