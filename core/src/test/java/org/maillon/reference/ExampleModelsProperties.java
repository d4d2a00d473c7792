package org.maillon.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelFiles;
import tools.jackson.databind.JsonNode;

/**
 * The example organisations shipped in {@code examples/} diagnosed by the engine and by the
 * reference, which must agree; and the figures their README promises, which pins both.
 */
class ExampleModelsProperties {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @Example
  void smeOfTheSeedAgreesAndShowsEveryFindingButNoFinalCustomer() {
    Organization sme = ModelFiles.read(EXAMPLES.resolve("sme.yaml"), Locale.ENGLISH).organization();
    JsonNode expected = DiagnosisDifferentialProperties.assertAgrees(sme, false, Locale.FRENCH);
    DiagnosisDifferentialProperties.assertAgrees(sme, true, Locale.ENGLISH);
    assertThat(expected.get("headcount").intValue()).isEqualTo(500);
    assertThat(expected.at("/hierarchy/levelsBetweenTopAndBase").intValue()).isEqualTo(5);
    assertThat(expected.at("/hierarchy/levelsNeeded").intValue()).isEqualTo(2);
    assertThat(expected.at("/hierarchy/excessLevels").intValue()).isEqualTo(3);
    assertThat(expected.at("/hierarchy/tops")).hasSize(2);
    Set<String> codes = new TreeSet<>();
    expected.get("findings").forEach(f -> codes.add(f.get("code").stringValue()));
    assertThat(codes).containsExactlyInAnyOrder("DISCONNECTED_TEAM", "EXCESS_LEVELS", "TEAM_WITHOUT_CUSTOMER",
        "SUPPORT_NOT_REACHING_FRONT_LINE", "INVERSION", "FRONT_LINE_WITHOUT_FINAL_CUSTOMER",
        "PASS_THROUGH_MANAGER", "WIDE_SPAN", "MULTIPLE_TOPS", "UNCOVERED_EXPECTATION", "NARROW_SPAN",
        "UNASKED_COMMITMENT", "PERSON_WITHOUT_TEAM", "EMPTY_TEAM", "PROCEDURE_HEAVY_TEAM", "LONG_APPROVAL_CIRCUIT",
        "CLIMBING_APPROVAL_CIRCUIT", "SUPPORT_APPROVES_FRONT_LINE", "INTERNAL_CONTROL", "LOW_FLOW_EFFICIENCY", "EMPTY_LINK");
    assertThat(expected.at("/bureaucracy/procedures").intValue()).isEqualTo(13);
    assertThat(expected.at("/bureaucracy/climbingCircuits").toString()).isEqualTo("[\"achat-outillage\"]");
    assertThat(expected.at("/bureaucracy/frontLineApprovedBySupport").toString())
        .isEqualTo("[\"geste-commercial-sav\",\"remise-exceptionnelle\"]");
    assertThat(expected.at("/bureaucracy/internalControls")).hasSize(4);
    // 11.5 hours of work over 6 × 24 + 0.25 × 24 + 3 × 24 + 12 × 24 + 21 × 24 + 15 × 24 = 1,374 hours
    assertThat(expected.at("/bureaucracy/timedProcedures").intValue()).isEqualTo(6);
    assertThat(expected.at("/bureaucracy/flowEfficiency").doubleValue()).isEqualTo(11.5 / 1374);
    assertThat(expected.at("/bureaucracy/lowFlowEfficiency").toString()).isEqualTo(
        "[\"achat-outillage\",\"geste-commercial-sav\",\"note-de-frais\",\"remise-exceptionnelle\"]");
    DiagnosisInvariants.checkAll(EngineDocuments.document(sme));
  }

  @Example
  void legionAgreesAndIsTheCleanCase() {
    Organization legion = ModelFiles.read(EXAMPLES.resolve("legion.yaml"), Locale.ENGLISH).organization();
    JsonNode expected = DiagnosisDifferentialProperties.assertAgrees(legion, false, Locale.ENGLISH);
    assertThat(expected.get("headcount").intValue()).isEqualTo(6000);
    assertThat(expected.at("/hierarchy/levelsBetweenTopAndBase").intValue()).isEqualTo(3);
    assertThat(expected.at("/hierarchy/excessLevels").intValue()).isZero();
    assertThat(expected.get("findings")).isEmpty();
    DiagnosisInvariants.checkAll(EngineDocuments.document(legion));
  }

  @Example
  void messagesComeInTheLanguageAskedFor() {
    Organization sme = ModelFiles.read(EXAMPLES.resolve("sme.yaml"), Locale.ENGLISH).organization();
    List<String> french = messages(sme, Locale.FRENCH);
    List<String> english = messages(sme, Locale.ENGLISH);
    assertThat(messages(sme, Locale.CANADA_FRENCH)).isEqualTo(french);
    assertThat(messages(sme, Locale.GERMAN)).isEqualTo(english);
    for (int i = 0; i < french.size(); i++) {
      assertThat(french.get(i)).as("finding %s", i).isNotEqualTo(english.get(i));
    }
  }

  private static List<String> messages(Organization organization, Locale locale) {
    List<String> messages = new ArrayList<>();
    EngineDocuments.document(organization, true, locale).get("findings")
        .forEach(f -> messages.add(f.get("message").stringValue()));
    return messages;
  }
}
