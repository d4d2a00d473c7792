package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Every kind of finding has its sentence in both languages, exactly one link of the anti-value
 * chain and a subject of its sort.
 */
class FindingKindTests {

  @Test
  void theFindingsBundlesHoldASentenceForEveryKindAndNothingElse() {
    List<String> keys = Arrays.stream(FindingKind.values()).map(FindingKind::messageKey).toList();
    for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH)) {
      ResourceBundle bundle = ResourceBundle.getBundle("org.maillon.diagnosis.findings", locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      assertThat(bundle.keySet()).as(locale.toString()).containsExactlyInAnyOrderElementsOf(keys);
    }
  }

  @Test
  void theLinksPartitionTheKinds() {
    List<FindingKind> all = Arrays.stream(ChainLink.values()).flatMap(link -> link.kinds().stream()).toList();
    assertThat(all).containsExactlyInAnyOrder(FindingKind.values());
  }

  @Test
  void proceduresAreBureaucratisationAndUnmatchedAgreementsTechnocratisation() {
    assertThat(ChainLink.BUREAUCRATISATION.kinds()).containsExactly(FindingKind.CLIMBING_APPROVAL_CIRCUIT,
        FindingKind.SUPPORT_APPROVES_FRONT_LINE, FindingKind.PROCEDURE_HEAVY_TEAM, FindingKind.LOW_FLOW_EFFICIENCY,
        FindingKind.LONG_APPROVAL_CIRCUIT, FindingKind.INTERNAL_CONTROL);
    assertThat(ChainLink.TECHNOCRATISATION.kinds()).contains(FindingKind.UNCOVERED_EXPECTATION,
        FindingKind.UNASKED_COMMITMENT);
    assertThat(FindingKind.DISCONNECTED_TEAM.link()).isEqualTo(ChainLink.TECHNOCRATISATION);
    assertThat(FindingKind.EXCESS_LEVELS.link()).isEqualTo(ChainLink.OBESITY);
    assertThat(ChainLink.BUREAUCRATISATION.key()).isEqualTo("bureaucratisation");
  }

  @Test
  void aFindingRefusesASubjectOfAnotherSort() {
    assertThatThrownBy(() -> new Finding(FindingKind.INVERSION, new Subject.Team("sales"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INVERSION");
    assertThat(new Finding(FindingKind.INVERSION, new Subject.Link("sales", "it"), List.of()).severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void theNameKeyAndTheCodeComeFromTheKind() {
    assertThat(FindingKind.CLIMBING_APPROVAL_CIRCUIT.code()).isEqualTo("CLIMBING_APPROVAL_CIRCUIT");
    assertThat(FindingKind.CLIMBING_APPROVAL_CIRCUIT.nameKey()).isEqualTo("finding.CLIMBING_APPROVAL_CIRCUIT");
  }
}
