package org.maillon.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maillon.model.TeamKind.CORE;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.testing.HandWrittenOrganization.organization;

import java.util.List;
import net.jqwik.api.Example;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.model.Organization;
import org.maillon.testing.HandWrittenOrganization;

/**
 * DiagnosisEngine promises an IllegalArgumentException, not a wrong diagnosis or a hang, for an
 * organisation that did not pass validation. One example per broken rule of DESIGN.md. Against the
 * first engine (629799b) the link rules and the expectation rules are not enforced: the engine then
 * counts a duplicate link twice, lists a partner among a team's customers, and so on.
 */
class InvalidModelsProperties {

  private static HandWrittenOrganization valid() {
    return organization("Bad").customer("c").team("t", FRONT_LINE).person("p", "t", null).link("t", "c");
  }

  private static void assertRejected(Organization organization) {
    assertThatThrownBy(() -> DiagnosisEngine.diagnose(organization)).isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void duplicatedIds() {
    assertRejected(valid().person("p", null, null).build());
    assertRejected(valid().team("c", CORE).build());
  }

  @Example
  void unknownReferences() {
    assertRejected(valid().person("q", "nowhere", null).build());
    assertRejected(valid().person("q", null, "nobody").build());
    assertRejected(valid().link("t", "nowhere").build());
  }

  @Example
  void linkToAPartner() {
    assertRejected(valid().partner("x").link("t", "x").build());
  }

  @Example
  void linkFromAFinalCustomer() {
    assertRejected(valid().link("c", "t").build());
  }

  @Example
  void linkToItself() {
    assertRejected(valid().team("u", CORE).link("u", "u").build());
  }

  @Example
  void twoLinksWithTheSameEnds() {
    assertRejected(valid().link("t", "c").build());
  }

  @Example
  void reportingCycle() {
    assertRejected(valid().person("a", null, "b").person("b", null, "a").build());
    assertRejected(valid().person("a", null, "a").build());
  }

  @Example
  void answerToAnExpectationOfNoSuchId() {
    assertRejected(valid().team("u", CORE).link("u", "t", List.of("e"), List.of("x->f")).build());
  }

  @Example
  void expectationIdTwiceOnOneLink() {
    assertRejected(valid().team("u", CORE).link("u", "t", List.of("e", "e"), List.of()).build());
  }
}
