package org.maillon.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.model.TeamKind.CORE;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.model.TeamKind.SUPPORT;
import static org.maillon.testing.HandWrittenOrganization.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.model.Organization;
import org.maillon.testing.HandWrittenOrganization;
import org.maillon.testing.RandomOrganizations;
import tools.jackson.databind.JsonNode;

/**
 * The engine's diagnosis JSON must equal, field for field, the document of the slow, obvious
 * {@link ReferenceDiagnosis}. Random organisations find the disagreements; the hand-written examples
 * pin figures of docs/design.md by value so that the reference itself is checked too.
 */
class DiagnosisDifferentialProperties {

  @Provide
  Arbitrary<Organization> organizations() {
    return RandomOrganizations.organizations();
  }

  /** Messages are French for French locales and English otherwise; either way they must be there. */
  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, Locale.CANADA_FRENCH, Locale.GERMAN, Locale.ROOT);
  }

  @Property(tries = 500)
  void fullDocumentAgreesWithReference(
      @ForAll("organizations") Organization organization, @ForAll("locales") Locale locale) {
    assertAgrees(organization, false, locale);
  }

  @Provide
  Arbitrary<Organization> largerOrganizations() {
    return RandomOrganizations.organizations(60, 50, 10);
  }

  @Property(tries = 150)
  void largerOrganizationsAgreeWithReference(@ForAll("largerOrganizations") Organization organization) {
    assertAgrees(organization, false, Locale.ENGLISH);
  }

  @Property(tries = 300)
  void summaryAgreesWithReference(
      @ForAll("organizations") Organization organization, @ForAll("locales") Locale locale) {
    assertAgrees(organization, true, locale);
  }

  /** Lookups by id and by rank give the same figures, in the id order of the document, for teams and people. */
  @Property(tries = 300)
  void lookupsByIdAgreeWithRanks(@ForAll("organizations") Organization organization) {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(organization);
    JsonNode expected = ReferenceDiagnosis.document(organization, false);
    assertThat(diagnosis.teamCount()).isEqualTo(expected.get("teams").size());
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      String id = expected.get("teams").get(rank).get("id").stringValue();
      assertThat(diagnosis.team(rank).id()).isEqualTo(id);
      assertThat(diagnosis.team(id)).contains(diagnosis.team(rank));
    }
    assertThat(diagnosis.personCount()).isEqualTo(expected.get("headcount").intValue());
    for (int rank = 0; rank < diagnosis.personCount(); rank++) {
      String id = expected.get("people").get(rank).get("id").stringValue();
      assertThat(diagnosis.person(rank).id()).isEqualTo(id);
      assertThat(diagnosis.person(id)).contains(diagnosis.person(rank));
    }
    organization.customers().forEach(c -> assertThat(diagnosis.team(c.id())).isEmpty());
    assertThat(diagnosis.person("no such person")).isEmpty();
    organization.people().forEach(person -> assertThat(diagnosis.personInModel(person.id())).contains(person));
    assertThat(diagnosis.personInModel("no such person")).isEmpty();
  }

  static JsonNode assertAgrees(Organization organization, boolean summary, Locale locale) {
    JsonNode expected = ReferenceDiagnosis.document(organization, summary);
    JsonNode actual = EngineDocuments.document(organization, summary, locale);
    List<String> differences = JsonDifferences.between(expected, actual);
    assertThat(differences)
        .as("engine vs reference (summary=%s, %s) for %s", summary, locale, organization)
        .isEmpty();
    return expected;
  }

  @Example
  void emptyOrganization() {
    JsonNode expected = assertAgrees(organization(null).build(), false, Locale.ENGLISH);
    assertThat(expected.get("organization").isNull()).isTrue();
    assertThat(expected.at("/hierarchy/layers").intValue()).isZero();
    assertThat(expected.at("/hierarchy/levelsNeeded").intValue()).isZero();
    assertThat(expected.get("findings")).isEmpty();
  }

  @Example
  void demoSmeWithSupportOneHopBehindTheFrontLine() {
    Organization demo = organization("Demo SME")
        .customer("retail").team("sales", FRONT_LINE).team("it", SUPPORT).team("lab", CORE)
        .person("ceo", null, null).person("camille", "sales", "ceo").person("ada", "it", "ceo")
        .person("bob", "it", "ada").person("eve", "lab", "ceo")
        .link("sales", "retail").link("it", "sales").link("lab", "it")
        .build();
    JsonNode expected = assertAgrees(demo, false, Locale.FRENCH);
    assertThat(person(expected, "bob").get("chain")).hasToString("[\"it\",\"sales\",\"retail\"]");
    assertThat(person(expected, "eve").get("hopsToCustomer").intValue()).isEqualTo(3);
    assertThat(team(expected, "lab").get("customersOfCustomers")).hasToString("[\"sales\"]");
    assertThat(expected.at("/valueChain/hopsDistribution")).hasToString("{\"1\":1,\"2\":2,\"3\":1,\"unreachable\":1}");
    assertThat(codes(expected)).containsExactly("EMPTY_LINK it->sales", "EMPTY_LINK lab->it",
        "EMPTY_LINK sales->retail", "EXCESS_LEVELS Demo SME", "NARROW_SPAN ada", "PERSON_WITHOUT_TEAM ceo");
  }

  @Example
  void chainTakesTheSmallestIdByCompareTo() {
    Organization ties = organization("Ties")
        .customer("c").team("a", CORE).team("9", FRONT_LINE).team("10", FRONT_LINE)
        .person("p", "a", null)
        .link("a", "9").link("a", "10").link("9", "c").link("10", "c")
        .build();
    JsonNode expected = assertAgrees(ties, false, Locale.ENGLISH);
    assertThat(person(expected, "p").get("chain")).hasToString("[\"a\",\"10\",\"c\"]");
    assertThat(team(expected, "a").get("customers")).hasToString("[\"10\",\"9\"]");
  }

  @Example
  void legionAndSmeNeedTheLevelsOfTheSeed() {
    Organization sme = organization("SME").person("boss", null, null).people("p", 499, null, "boss").build();
    assertThat(assertAgrees(sme, true, Locale.ENGLISH).at("/hierarchy/levelsNeeded").intValue()).isEqualTo(2);
    Organization legion = organization("Legion").targetSpan(18)
        .person("caesar", null, null).people("l", 5999, null, "caesar").build();
    assertThat(assertAgrees(legion, true, Locale.ENGLISH).at("/hierarchy/levelsNeeded").intValue()).isEqualTo(3);
  }

  @Example
  void passThroughLinesAreExcessLevels() {
    Organization tower = organization("Tower")
        .person("p0", null, null).person("p1", null, "p0").person("p2", null, "p1")
        .person("p3", null, "p2").person("p4", null, "p3").person("p5", null, "p3")
        .build();
    JsonNode expected = assertAgrees(tower, false, Locale.ENGLISH);
    assertThat(expected.at("/hierarchy/excessLevels").intValue()).isEqualTo(3);
    assertThat(expected.at("/hierarchy/passThroughManagers")).hasToString("[\"p0\",\"p1\",\"p2\"]");
    assertThat(expected.at("/hierarchy/span/median").doubleValue()).isEqualTo(1.0);
    assertThat(expected.at("/hierarchy/span/mean").doubleValue()).isEqualTo(1.25);
    assertThat(codes(expected).get(0)).isEqualTo("EXCESS_LEVELS Tower");
  }

  @Example
  void frontLineCycleWithoutFinalCustomer() {
    Organization loop = organization(null)
        .team("f1", FRONT_LINE).team("f2", FRONT_LINE).team("s", SUPPORT)
        .link("f1", "f2").link("f2", "f1").link("f1", "s")
        .build();
    JsonNode expected = assertAgrees(loop, false, Locale.ENGLISH);
    assertThat(team(expected, "f1").get("reachesFrontLine").booleanValue()).isTrue();
    assertThat(team(expected, "s").get("reachesFrontLine").booleanValue()).isFalse();
    assertThat(expected.at("/valueChain/inversions")).hasToString("[{\"from\":\"f1\",\"to\":\"s\"}]");
    assertThat(codes(expected)).startsWith(
        "DISCONNECTED_TEAM f1", "DISCONNECTED_TEAM f2", "DISCONNECTED_TEAM s", "NO_FINAL_CUSTOMER organization");
  }

  @Example
  void customersOfCustomersLeaveOutTheTeamItself() {
    Organization pair = organization("Pair")
        .customer("c").partner("carrier").team("a", CORE).team("b", FRONT_LINE)
        .link("a", "b").link("b", "a").link("b", "c").link("carrier", "a")
        .build();
    JsonNode expected = assertAgrees(pair, false, Locale.ENGLISH);
    assertThat(team(expected, "a").get("customersOfCustomers")).hasToString("[\"c\"]");
    assertThat(team(expected, "a").get("suppliers")).hasToString("[\"b\",\"carrier\"]");
  }

  @Example
  void expectationsAndCommitmentsOnOneLink() {
    Organization quotes = organization("Quotes")
        .customer("retail").team("sales", FRONT_LINE).person("p", "sales", null)
        .link("sales", "retail", List.of("quote", "Quote"), List.of("Fast->quote", "Same", "Same"))
        .build();
    JsonNode expected = assertAgrees(quotes, false, Locale.ENGLISH);
    assertThat(team(expected, "sales").get("uncoveredExpectations"))
        .hasToString("[{\"link\":\"retail\",\"expectation\":\"Quote\"}]");
    assertThat(team(expected, "sales").get("unaskedCommitments")).hasSize(2);
    assertThat(codes(expected)).containsExactly(
        "UNCOVERED_EXPECTATION sales->retail", "UNASKED_COMMITMENT sales->retail", "UNASKED_COMMITMENT sales->retail");
  }

  @Example
  void hopsDistributionKeysGoInNumericOrder() {
    HandWrittenOrganization line = organization("Line").customer("c").person("boss", null, null);
    for (int i = 0; i < 12; i++) {
      line.team("t" + i, CORE).link("t" + i, i == 11 ? "c" : "t" + (i + 1)).person("p" + i, "t" + i, "boss");
    }
    JsonNode expected = assertAgrees(line.build(), false, Locale.ENGLISH);
    assertThat(List.copyOf(expected.at("/valueChain/hopsDistribution").propertyNames()))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "unreachable");
    assertThat(person(expected, "p0").get("chain")).hasSize(13);
  }

  @Example
  void longReportingLineAndLongValueChain() {
    JsonNode people = assertAgrees(RandomOrganizations.personChain(20_000), false, Locale.ENGLISH);
    assertThat(people.at("/hierarchy/layers").intValue()).isEqualTo(20_000);
    JsonNode teams = assertAgrees(RandomOrganizations.teamChain(1_500), false, Locale.ENGLISH);
    assertThat(team(teams, "t0").get("hopsToCustomer").intValue()).isEqualTo(1_500);
  }

  static JsonNode team(JsonNode document, String id) {
    return byId(document.get("teams"), id);
  }

  static JsonNode person(JsonNode document, String id) {
    return byId(document.get("people"), id);
  }

  private static JsonNode byId(JsonNode array, String id) {
    for (JsonNode node : array) {
      if (node.get("id").stringValue().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no " + id + " in " + array);
  }

  private static List<String> codes(JsonNode document) {
    List<String> codes = new ArrayList<>();
    document.get("findings").forEach(f -> codes.add(f.get("code").stringValue() + " " + f.get("subject").stringValue()));
    return codes;
  }
}
