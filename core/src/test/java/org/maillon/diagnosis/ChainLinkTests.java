package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every finding code the findings bundle names falls in exactly one link of the anti-value chain. */
class ChainLinkTests {

  @Test
  void everyFindingCodeBelongsToALink() {
    ResourceBundle bundle = ResourceBundle.getBundle("org.maillon.diagnosis.findings", Locale.ROOT);
    assertThat(bundle.keySet()).isNotEmpty();
    for (String code : bundle.keySet()) {
      assertThat(ChainLink.of(code)).as(code).isNotNull();
    }
  }

  @Test
  void proceduresAndUnmatchedAgreementsAreBureaucratisation() {
    for (String code : new String[] {"PROCEDURE_HEAVY_TEAM", "CLIMBING_APPROVAL_CIRCUIT", "SUPPORT_APPROVES_FRONT_LINE",
        "LONG_APPROVAL_CIRCUIT", "INTERNAL_CONTROL", "UNCOVERED_EXPECTATION", "UNASKED_COMMITMENT"}) {
      assertThat(ChainLink.of(code)).as(code).isEqualTo(ChainLink.BUREAUCRATISATION);
    }
    assertThat(ChainLink.of("DISCONNECTED_TEAM")).isEqualTo(ChainLink.TECHNOCRATISATION);
    assertThat(ChainLink.of("EXCESS_LEVELS")).isEqualTo(ChainLink.OBESITY);
    assertThat(ChainLink.BUREAUCRATISATION.key()).isEqualTo("bureaucratisation");
  }

  @Test
  void anUnclassifiedCodeIsRefused() {
    assertThatThrownBy(() -> ChainLink.of("SOMETHING_NEW")).isInstanceOf(IllegalArgumentException.class);
  }
}
