package org.maillon.server.centricity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.valuechain.ValueChainIndex;

/**
 * The links whose listening the index's quarters count: a team's links to its customers, final
 * customers and teams alike, and not a partner's; counted on a small chain by hand.
 */
class CentricityEvolutionLinksTests {

  static final String MODEL = """
      organization: Small
      customers: [{id: buyers, name: Buyers}]
      partners: [{id: bank, name: Bank}]
      teams:
        - {id: sales, name: Sales, kind: front-line}
        - {id: it, name: IT, kind: support}
        - {id: ops, name: Operations}
      people:
        - {id: ann, name: Ann, team: it}
        - {id: bob, name: Bob, team: sales, manager: ann}
      links:
        - {from: sales, to: buyers}
        - {from: it, to: sales}
        - {from: it, to: ops}
        - {from: ops, to: sales}
        - {from: bank, to: ops}
      """;

  static final ValueChainIndex INDEX = ValueChainIndex.of(DiagnosisEngine.diagnose(
      ModelFiles.read("small.yaml", MODEL.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH).organization()));

  @Test
  void theTeamsLinksAreCountedAndAPartnersIsNot() {
    assertThat(CentricityEvolution.teamLinks(INDEX)).isEqualTo(4);
  }

  @Test
  void aListenedLinkCountsOnlyWhenTheChainHasItFromATeam() {
    assertThat(CentricityEvolution.isTeamLink(INDEX, "sales", "buyers")).isTrue();
    assertThat(CentricityEvolution.isTeamLink(INDEX, "it", "ops")).isTrue();
    assertThat(CentricityEvolution.isTeamLink(INDEX, "it", "buyers")).as("no such link").isFalse();
    assertThat(CentricityEvolution.isTeamLink(INDEX, "bank", "ops")).as("a partner's").isFalse();
    assertThat(CentricityEvolution.isTeamLink(INDEX, "gone", "sales")).as("an unknown team").isFalse();
  }
}
