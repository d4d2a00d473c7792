package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.maillon.model.TeamKind.FRONT_LINE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.hierarchy.LayerSpans;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.Problem;
import org.maillon.testing.HandWrittenOrganization;

/**
 * The layers × spans matrix, the one-to-one share and the wide spans, worked out by hand:
 *
 * <pre>
 *   ceo ─┬ vp1 ─ m1 ─ a, b                 depth 0: ceo (span 3)
 *        ├ vp2 ─┬ w0 … w15                 depth 1: vp1 (1), vp2 (17)
 *        │      └ m2 ─ c0 … c5             depth 2: m1 (2), m2 (6)
 *        └ x
 * </pre>
 *
 * Five managers, one of whom (vp1) has a single report: a one-to-one share of 1 / 5 = 0.2. Four
 * layers, three with managers: depth 0 one manager of span 3 (range 3–5); depth 1 spans 1 and 17,
 * median (1 + 17) / 2 = 9, ranges 1 and 13+; depth 2 spans 2 and 6, median 4, ranges 2 and 6–8.
 * At the default maxSpan, 15, vp2's 17 is too wide; at 17 it is not.
 */
class SpanLayersTests {

  static Organization organization() {
    return HandWrittenOrganization.organization("Spans").customer("retail").team("sales", FRONT_LINE)
        .person("ceo", "sales", null).person("vp1", "sales", "ceo").person("vp2", "sales", "ceo")
        .person("x", "sales", "ceo").person("m1", "sales", "vp1").person("a", "sales", "m1")
        .person("b", "sales", "m1").people("w", 16, "sales", "vp2").person("m2", "sales", "vp2")
        .people("c", 6, "sales", "m2").link("sales", "retail").build();
  }

  @Test
  void theMatrixCountsManagersPerLayerInEachSpanRange() {
    HierarchyFigures h = DiagnosisEngine.diagnose(organization()).hierarchy();

    assertThat(h.spanByLayer()).containsExactly(
        new LayerSpans(0, 1, 3, 3.0, 3, List.of(0, 0, 1, 0, 0, 0)),
        new LayerSpans(1, 2, 1, 9.0, 17, List.of(1, 0, 0, 0, 0, 1)),
        new LayerSpans(2, 2, 2, 4.0, 6, List.of(0, 1, 0, 1, 0, 0)));
    assertThat(h.oneToOneShare()).isEqualTo(0.2);
    assertThat(h.maxSpan()).isEqualTo(15);
    assertThat(h.wideSpanManagers()).containsExactly("vp2");
  }

  @Test
  void aSpanWiderThanMaxSpanIsAFindingInBothLanguages() {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(organization());
    List<Finding> wide = diagnosis.findings().stream().filter(f -> f.kind() == FindingKind.WIDE_SPAN).toList();

    assertThat(wide).hasSize(1);
    assertThat(wide.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(wide.get(0).message(Locale.ENGLISH))
        .isEqualTo("Person vp2 manages 17 direct reports, more than the 15 a manager can lead well.");
    assertThat(wide.get(0).message(Locale.FRENCH))
        .isEqualTo("Person vp2 encadre 17 collaborateurs directs, plus que les 15 qu’un manager peut bien encadrer.");
  }

  @Test
  void aMaxSpanAsWideAsTheSpanFlagsNothing() {
    Organization wider = organization().withSettings(organization().settings().withMaxSpan(17));

    Diagnosis diagnosis = DiagnosisEngine.diagnose(wider);

    assertThat(diagnosis.hierarchy().wideSpanManagers()).isEmpty();
    assertThat(diagnosis.findings()).noneMatch(f -> f.kind() == FindingKind.WIDE_SPAN);
  }

  @Test
  void maxSpanIsASettingOfTheModelFile() {
    String yaml = "settings:\n  maxSpan: 17\npeople:\n  - id: solo\n";
    assertThat(ModelFiles.read("m.yaml", yaml.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH).organization()
        .settings().maxSpan()).isEqualTo(17);

    ModelRejectedException refused = catchThrowableOfType(ModelRejectedException.class, () -> ModelFiles.read(
        "m.yaml", "settings:\n  maxSpan: 0\n".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH));
    assertThat(refused.problems()).extracting(Problem::toString)
        .containsExactly("m.yaml:2:12: invalid maxSpan '0': expected an integer of at least 1");
  }

  @Test
  void nobodyManagingMakesAnEmptyMatrix() {
    Organization alone = HandWrittenOrganization.organization("Alone").person("solo", null, null).build();

    HierarchyFigures h = DiagnosisEngine.diagnose(alone).hierarchy();

    assertThat(h.spanByLayer()).isEmpty();
    assertThat(h.oneToOneShare()).isZero();
  }
}
