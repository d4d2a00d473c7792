package org.maillon.server.diagnosis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.ChainLink;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.FindingKind;
import org.maillon.diagnosis.Subject;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.diagnosis.web.AntiValueChain.Figure;
import org.maillon.server.diagnosis.web.AntiValueChain.LinkSummary;
import org.maillon.server.testing.ExampleModels;

/**
 * The home page files each finding under exactly one link, the core's, counts the procedures under
 * bureaucratisation and the unmatched requirements and duties under technocratisation.
 */
class AntiValueChainTests {

  private static final List<String> LINKS = List.of("technocratisation", "bureaucratisation", "obesity");

  private static Diagnosis sme() {
    return DiagnosisEngine.diagnose(
        ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).organization());
  }

  @Test
  void theSmesVerdictIsItsHierarchicalObesityFiveLevelsWhereTwoWouldDo() {
    Diagnosis diagnosis = sme();
    AntiValueChain glance = new AntiValueChain();

    AntiValueChain.Verdict verdict = glance.verdict(diagnosis);
    assertThat(verdict.link()).isEqualTo("obesity");
    assertThat(verdict.state()).isEqualTo("red");
    assertThat(verdict.sound()).isFalse();
    assertThat(verdict.cost().key()).isEqualTo("home.cost.excessLevels");
    assertThat(verdict.cost().args()).containsExactly(3, 5, 2);
    List<LinkSummary> links = glance.of(diagnosis);
    assertThat(links).extracting(l -> l.score().score(), LinkSummary::state)
        .containsExactly(tuple(82, "amber"), tuple(69, "amber"), tuple(40, "red"));
    assertThat(links.get(0).cost().key()).isEqualTo("home.cost.supportNotReaching");
  }

  @Test
  void aSeverityWithoutFindingsHasAGreyBadge() {
    LinkSummary bureaucratisation = new AntiValueChain().of(sme()).get(1);
    assertThat(bureaucratisation.badges()).extracting(AntiValueChain.Badge::count, AntiValueChain.Badge::css)
        .containsExactly(tuple(0, "text-bg-secondary"), tuple(8, "text-bg-warning"), tuple(5, "text-bg-info"));
  }

  @Test
  void theSmeSummaryCountsEveryFindingOnceAndShowsTheProcedureFigures() {
    Diagnosis diagnosis = sme();

    List<LinkSummary> links = new AntiValueChain().of(diagnosis);

    assertThat(links).extracting(LinkSummary::key).containsExactlyElementsOf(LINKS);
    assertThat(links.stream().mapToInt(LinkSummary::findingCount).sum()).isEqualTo(diagnosis.findings().size());
    LinkSummary bureaucratisation = links.get(1);
    long procedureFindings = diagnosis.findings().stream().filter(f -> List.of("PROCEDURE_HEAVY_TEAM",
        "CLIMBING_APPROVAL_CIRCUIT", "SUPPORT_APPROVES_FRONT_LINE", "LONG_APPROVAL_CIRCUIT", "INTERNAL_CONTROL",
        "LOW_FLOW_EFFICIENCY").contains(f.code())).count();
    assertThat(procedureFindings).isPositive();
    assertThat(links.get(2).findings()).noneMatch(f -> f.code().contains("PROCEDURE") || f.code().contains("APPROV"));
    Map<String, Object> figures = bureaucratisation.figures().stream()
        .collect(Collectors.toMap(Figure::key, Figure::value));
    assertThat(figures).containsEntry("home.fig.climbing", diagnosis.bureaucracy().climbingCircuits().size())
        .containsEntry("home.fig.supportApprovals", diagnosis.bureaucracy().supportApprovalsOnFrontLine())
        .containsEntry("home.fig.internalControls", diagnosis.bureaucracy().internalControls().size())
        .containsEntry("home.fig.per100",
            Math.round(diagnosis.bureaucracy().proceduresPer100People() * 10) / 10.0);
    assertThat(bureaucratisation.figures()).allMatch(f -> f.href().startsWith("/bureaucracy"));
    Finding climbing = diagnosis.findings().stream().filter(f -> f.code().equals("CLIMBING_APPROVAL_CIRCUIT"))
        .findFirst().orElseThrow();
    assertThat(new AntiValueChain().teamOf(diagnosis, climbing))
        .isEqualTo(diagnosis.model().procedures().stream()
            .filter(p -> p.id().equals(((Subject.Procedure) climbing.subject()).id())).findFirst().orElseThrow().team());
    Map<String, Object> technocratisation = links.get(0).figures().stream()
        .collect(Collectors.toMap(Figure::key, Figure::value));
    assertThat(technocratisation).containsEntry("home.fig.uncovered", diagnosis.agreements().uncoveredExpectations())
        .containsEntry("home.fig.unasked", diagnosis.agreements().unaskedCommitments());
    assertThat(figures).doesNotContainKeys("home.fig.uncovered", "home.fig.unasked");
    long unmatched = diagnosis.findings().stream().filter(f -> f.kind() == FindingKind.UNCOVERED_EXPECTATION
        || f.kind() == FindingKind.UNASKED_COMMITMENT).count();
    assertThat(unmatched).isPositive();
    assertThat((long) links.get(0).findingCount()).isEqualTo(diagnosis.findings().stream()
        .filter(f -> f.link() == ChainLink.TECHNOCRATISATION).count());
    assertThat((long) links.get(1).findingCount()).isEqualTo(procedureFindings);
    Finding uncovered = diagnosis.findings().stream().filter(f -> f.kind() == FindingKind.UNCOVERED_EXPECTATION)
        .findFirst().orElseThrow();
    assertThat(new AntiValueChain().teamOf(diagnosis, uncovered)).isEqualTo(((Subject.Link) uncovered.subject()).from());
    for (LinkSummary link : links) {
      assertThat(link.findings()).allMatch(f -> f.link().key().equals(link.key()));
    }
  }
}
