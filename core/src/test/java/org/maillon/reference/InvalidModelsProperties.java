package org.maillon.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maillon.model.TeamKind.CORE;
import static org.maillon.model.TeamKind.FRONT_LINE;
import static org.maillon.testing.HandWrittenOrganization.organization;

import net.jqwik.api.Example;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.model.Organization;
import org.maillon.testing.HandWrittenOrganization;

/**
 * DiagnosisEngine trusts the model validator for the rules on links and expectations, but refuses,
 * rather than diagnosing wrongly or hanging, what it cannot compile: duplicated ids, unknown
 * references and reporting cycles. The validator's own tests cover every rule.
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
  void reportingCycle() {
    assertRejected(valid().person("a", null, "b").person("b", null, "a").build());
    assertRejected(valid().person("a", null, "a").build());
  }


}
